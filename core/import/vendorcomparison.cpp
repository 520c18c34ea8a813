#include "core/import/vendorcomparison.h"

#include "core/import/iosview.h"
#include "core/import/routerosview.h"

namespace {

struct Vendor
{
    QString format; // as BoxScan names it
    QString language;
    QString how;
    QString leftAlone;
    ConfigView (*read)(const QString &, const SecretMask &);
    bool (*vpnGroup)(const QString &);
};

std::optional<Vendor> vendor(Platform p)
{
    if (p == Platform::Mikrotik)
        return Vendor{QStringLiteral("RouterOS export"), QStringLiteral("RouterOS commands"),
                      QStringLiteral("one command a line, its arguments in one order, sorted"),
                      QStringLiteral("RouteStudio's script removes only what an earlier run of it added (comment "
                                     "\"routestudio\", rs- names): lines only on the box stay there"),
                      RouterOsView::read, RouterOsView::vpnGroup};
    if (p == Platform::CiscoIos)
        return Vendor{QStringLiteral("Cisco IOS configuration"), QStringLiteral("IOS commands"),
                      QStringLiteral("each command with its sub-mode lines, sorted"),
                      QStringLiteral("pasting RouteStudio's configuration adds and changes commands, it removes none: "
                                     "blocks only on the box stay there"),
                      IosView::read, IosView::vpnGroup};
    return std::nullopt;
}

QString counts(const QMap<QString, int> &skipped)
{
    QStringList parts;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        parts << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

} // namespace

namespace VendorComparison {

std::optional<Views> views(Platform platform, const SourceTree &tree, const BoxScan &scan,
                           const QList<GeneratedFile> &generated, const SecretMask &mask)
{
    const std::optional<Vendor> v = vendor(platform);
    if (!v)
        return std::nullopt;
    Views out;
    QString config;
    for (const QString &p : tree.paths()) {
        if (scan.formats.value(p) == v->format) {
            out.boxFiles << p;
            config += QString::fromUtf8(tree.bytes(p)) + u'\n';
        }
    }
    const ConfigView box = v->read(config, mask);
    for (const GeneratedFile &f : generated) {
        const ConfigView ours = v->read(QString::fromUtf8(f.content), mask);
        out.ours.append({f.path, ours.text(), f.mode});
        if (out.boxFiles.isEmpty())
            continue;
        const QSet<QString> written = ours.groups();
        const ConfigView theirs =
            box.only([&](const QString &g) { return written.contains(g) || v->vpnGroup(g); });
        out.theirs.append({f.path, theirs.text(), f.mode});
        out.notes << QStringLiteral("%1 compared with %2 as %3 (%4; secrets masked); %5")
                         .arg(f.path, out.boxFiles.join(QStringLiteral(", ")), v->language, v->how, v->leftAlone);
        if (!theirs.skipped.isEmpty())
            out.notes << QStringLiteral("not compared (RouteStudio writes none of these): %1").arg(counts(theirs.skipped));
    }
    if (out.boxFiles.isEmpty())
        out.notes << QStringLiteral("no file of the box was read as a %1: RouteStudio's file is shown whole").arg(v->format);
    return out;
}

} // namespace VendorComparison
