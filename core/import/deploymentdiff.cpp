#include "core/import/deploymentdiff.h"

#include "core/diff/boxdiff.h"
#include "core/diff/secretmask.h"
#include "core/generators/common/filemodes.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/sitegeneration.h"
#include "core/import/secretencoding.h"
#include "core/import/vendorcomparison.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace {

// The secrets to mask: the topology's, then every other secret text the boxes hold.
Secrets maskFor(const ImportRun &imported, const Secrets &secrets)
{
    Secrets mask = secrets;
    QSet<QString> known;
    for (const QString &v : secrets.psk)
        known.insert(v);
    for (const QString &v : secrets.users)
        known.insert(v);
    // The boxes' own PSKs and passwords, when the generated topology's secrets
    // differ (an edited topology in the editor): under their name, or
    // NAME-on-box when that name holds another value.
    const auto addImported = [&](const QMap<QString, QString> &values, QMap<QString, QString> *into) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.value().isEmpty() || known.contains(it.value()))
                continue;
            known.insert(it.value());
            into->insert(into->contains(it.key()) ? it.key() + QStringLiteral("-on-box") : it.key(), it.value());
        }
    };
    addImported(imported.secrets.psk, &mask.psk);
    addImported(imported.secrets.users, &mask.users);
    for (int i = 0; i < imported.boxes.size(); ++i) {
        const BoxFacts &f = imported.boxes.at(i).facts;
        QStringList texts = f.secretTexts;
        for (const ChapSecret &c : f.chap)
            texts << c.secret;
        int n = 0;
        for (const QString &t : texts) {
            // A known secret as written ("0s..." of an imported PSK) keeps its own name.
            if (t.isEmpty() || known.contains(t) || known.contains(SecretEncoding::decode(t).value_or(QString())))
                continue;
            known.insert(t);
            mask.psk.insert(QStringLiteral("%1-other-%2").arg(imported.topology.sites.value(i).id).arg(++n), t);
        }
    }
    return mask;
}

// True when the import read `file` of box `scan` without an error in it.
bool readCleanly(const BoxScan &scan, const QString &file)
{
    if (scan.formats.value(file).startsWith(QLatin1String("not read")))
        return false;
    const QList<ImportNote> errors = scan.log.ofKind(ImportNote::Kind::Error);
    return std::none_of(errors.cbegin(), errors.cend(), [&](const ImportNote &n) { return n.place.file == file; });
}

BoxComparison compareBox(const SourceTree &tree, const BoxScan &scan, const QString &siteId, Platform platform,
                         const QList<GeneratedFile> *generated, const SecretMask &mask, int context)
{
    BoxComparison box;
    box.label = tree.label();
    box.changes.kind = QStringLiteral("site");
    box.changes.id = siteId;
    box.changes.status = generated ? BoxChanges::Kept : BoxChanges::Removed;
    QList<GeneratedFile> ours;
    QHash<QString, int> modes;
    for (const GeneratedFile &f : generated ? *generated : QList<GeneratedFile>{}) {
        if (f.path == LinuxPaths::readme())
            continue;
        ours << f;
        modes.insert(f.path, f.mode);
    }
    QList<GeneratedFile> theirs;
    QSet<QString> withheld;
    const std::optional<VendorComparison::Views> views =
        generated ? VendorComparison::views(platform, tree, scan, ours, mask) : std::nullopt;
    if (views) {
        ours = views->ours;
        theirs = views->theirs;
        box.notes = views->notes;
    }
    for (const QString &p : tree.paths()) {
        const QString at = tree.installed(p).mid(1);
        if (at == LinuxPaths::readme() || (views && views->boxFiles.contains(p)))
            continue;
        if (!modes.contains(at) || views) {
            box.notGenerated << at;
            continue;
        }
        const int mode = tree.mode(p) >= 0 ? tree.mode(p) : modes.value(at); // unknown: not a change
        theirs.append({at, tree.bytes(p), mode});
        if (modes.value(at) == FileModes::Secret && !readCleanly(scan, p))
            withheld.insert(at);
    }
    for (auto it = tree.skipped().cbegin(); it != tree.skipped().cend(); ++it)
        box.notGenerated << QStringLiteral("%1 (%2)").arg(tree.installed(it.key()).mid(1), it.value());
    box.changes.files = BoxDiff::compare(theirs, ours, mask, context);
    for (FileChange &c : box.changes.files) {
        if (withheld.contains(c.path) && !c.diff.isEmpty()) {
            c.diff.clear();
            c.hidden = QStringLiteral("secret");
        }
    }
    return box;
}

} // namespace

DeploymentDiff DeploymentDiff::run(const QList<SourceTree> &trees, const ImportRun &imported,
                                   const Topology &topology, const Secrets &secrets, int context)
{
    DeploymentDiff d;
    const SiteGeneration gen = SiteGeneration::run(topology, secrets);
    d.findings = gen.findings;
    if (!gen.ok) {
        d.error = QStringLiteral("the topology has validation errors: nothing to compare with");
        return d;
    }
    const SecretMask mask(maskFor(imported, secrets));
    for (int i = 0; i < trees.size() && i < imported.boxes.size(); ++i) {
        const QString siteId = imported.topology.sites.value(i).id;
        const auto it = gen.filesBySite.constFind(siteId);
        const auto site = std::find_if(topology.sites.cbegin(), topology.sites.cend(),
                                       [&](const Site &s) { return s.id == siteId; });
        const Platform platform = site != topology.sites.cend() ? site->platform : Platform::LinuxStrongswan;
        d.boxes.append(compareBox(trees.at(i), imported.boxes.at(i), siteId, platform,
                                  it == gen.filesBySite.cend() ? nullptr : &it.value(), mask, context));
    }
    d.ok = true;
    return d;
}

int DeploymentDiff::changedBoxes() const
{
    return int(std::count_if(boxes.cbegin(), boxes.cend(), [](const BoxComparison &b) {
        return !b.changes.files.isEmpty() || b.changes.status != BoxChanges::Kept;
    }));
}
