#include "core/bundle/bundleexport.h"

#include "core/ansible/ansibleexport.h"
#include "core/bundle/bundlebuilder.h"
#include "core/bundle/bundlereader.h"
#include "core/bundle/filemode.h"
#include "core/generators/clientgeneration.h"
#include "core/generators/sitegeneration.h"
#include "core/io/filebytes.h"

#include <QDir>

namespace {

struct Output
{
    QString path; // relative to the output folder
    QByteArray bytes;
    int mode;
};

bool selectUsers(const Topology &t, const ExportSelection &sel,
                 QList<QPair<QString, QString>> *users, QString *error)
{
    for (const Profile &p : t.profiles) {
        if (sel.kind == ExportSelection::Site
            || (sel.kind == ExportSelection::Profile && p.id != sel.profile))
            continue;
        for (const QString &u : p.users) {
            if (sel.user.isEmpty() || u == sel.user)
                users->append({p.id, u});
        }
    }
    if (sel.kind == ExportSelection::Profile && users->isEmpty()) {
        *error = sel.user.isEmpty()
                     ? QStringLiteral("no profile \"%1\" with users in the topology").arg(sel.profile)
                     : QStringLiteral("no user \"%1\" in profile \"%2\"").arg(sel.user, sel.profile);
        return false;
    }
    return true;
}

} // namespace

BundleExport BundleExport::run(const Topology &topology, const Secrets &secrets,
                               const ExportSelection &selection, ArchiveFormat format,
                               const QString &outDir)
{
    BundleExport result;
    if (selection.kind == ExportSelection::Site && !topology.site(selection.site)) {
        result.error = QStringLiteral("no site \"%1\" in the topology").arg(selection.site);
        return result;
    }
    const SiteGeneration sites = SiteGeneration::run(topology, secrets);
    result.findings = sites.findings;
    if (!sites.ok) {
        result.validationFailed = true;
        result.error = QStringLiteral("the topology has validation errors; nothing was written");
        return result;
    }
    const QString ext = QLatin1Char('.') + ArchiveFormats::extension(format);
    QList<Output> outputs;
    auto addBundle = [&](const std::optional<Bundle> &bundle) {
        if (!bundle)
            return false;
        const auto bytes = BundleReader::toArchive(*bundle, format, &result.error);
        if (!bytes)
            return false;
        result.warnings += bundle->warnings;
        outputs.append({bundle->name + ext, *bytes, 0600});
        return true;
    };
    for (const Site &s : topology.sites) {
        if (selection.kind == ExportSelection::Profile
            || (selection.kind == ExportSelection::Site && s.id != selection.site))
            continue;
        if (!addBundle(BundleBuilder::site(topology, secrets, s.id, sites.filesBySite.value(s.id),
                                           &result.error)))
            return result;
    }
    QList<QPair<QString, QString>> users;
    if (!selectUsers(topology, selection, &users, &result.error))
        return result;
    for (const auto &[profile, user] : users) {
        const ClientGeneration client = ClientGeneration::run(topology, secrets, profile, user);
        if (!client.ok) {
            result.error = client.error;
            return result;
        }
        if (!addBundle(BundleBuilder::user(topology, secrets, profile, user, client.files,
                                           &result.error)))
            return result;
    }
    if (selection.kind == ExportSelection::All) {
        for (const GeneratedFile &f : AnsibleExport::files(topology, secrets, sites.filesBySite))
            outputs.append({QStringLiteral("ansible/") + f.path, f.content, f.mode});
    }
    QDir out(outDir);
    for (const Output &o : outputs) {
        const QString path = out.filePath(o.path);
        if (!QDir().mkpath(QFileInfo(path).path())) {
            result.error = QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).path());
            return result;
        }
        if (!FileBytes::writeAtomic(path, o.bytes, FileMode::toPermissions(o.mode), &result.error))
            return result;
        result.written.append(path);
    }
    result.ok = true;
    return result;
}
