#include "core/bundle/bundleexport.h"

#include "core/ansible/ansibleexport.h"
#include "core/bundle/bundlebuilder.h"
#include "core/bundle/bundlereader.h"
#include "core/bundle/exportplan.h"
#include "core/bundle/filemode.h"
#include "core/generators/clientgeneration.h"
#include "core/generators/generationplan.h"
#include "core/generators/sitegeneration.h"
#include "core/io/filebytes.h"

#include <QCryptographicHash>
#include <QDir>

namespace {

struct Output
{
    QString path; // relative to the output folder
    QByteArray bytes;
    int mode;
    bool archive;
};

// Counts steps and asks the callback whether to go on.
class Steps
{
public:
    Steps(const ExportProgress &progress, int total) : m_progress(progress), m_total(total) {}

    // False when the callback cancels (only while building).
    bool next(const QString &item, bool writing)
    {
        const bool goOn = !m_progress || m_progress(ExportStep{m_done, m_total, item, writing});
        ++m_done;
        return goOn || writing;
    }
    void finish() const
    {
        if (m_progress)
            m_progress(ExportStep{m_total, m_total, QString(), true});
    }

private:
    const ExportProgress &m_progress;
    int m_total;
    int m_done = 0;
};

} // namespace

BundleExport BundleExport::run(const Topology &topology, const Secrets &secrets,
                               const ExportSelection &selection, ArchiveFormat format,
                               const QString &outDir, const ExportProgress &progress)
{
    BundleExport result;
    const auto plan = ExportPlan::make(topology, selection, &result.error);
    if (!plan)
        return result;
    const QString ansibleFolder = QLatin1String(ExportPlan::kAnsibleFolder);
    // generate + each bundle + ansible, then one write step per archive + ansible
    const int buildSteps = 1 + plan->bundleCount() + (plan->ansible ? 1 : 0);
    Steps steps(progress, 2 * buildSteps - 1);
    auto cancelled = [&result] {
        result.cancelled = true;
        result.error = QStringLiteral("the export was cancelled; nothing was written");
        return result;
    };

    if (!steps.next(QStringLiteral("generate"), false))
        return cancelled();
    // One plan for the whole run: validation and the route table happen once,
    // however many sites and users are exported.
    const GenerationPlan generation(topology, secrets);
    const GeneratorInput input = generation.input();
    const SecretScan scan(secrets); // every bundle is checked against every secret
    const SiteGeneration sites = SiteGeneration::run(generation);
    result.findings = sites.findings;
    if (!sites.ok) {
        result.validationFailed = true;
        result.error = QStringLiteral("the topology has validation errors; nothing was written");
        return result;
    }
    const QStringList names = plan->archiveNames(format);
    QList<Output> outputs;
    auto addBundle = [&](const std::optional<Bundle> &bundle) {
        if (!bundle)
            return false;
        const auto bytes = BundleReader::toArchive(*bundle, format, &result.error);
        if (!bytes)
            return false;
        result.warnings += bundle->warnings;
        outputs.append({names.at(outputs.size()), *bytes, 0600, true});
        return true;
    };
    for (const QString &site : plan->sites) {
        if (!steps.next(names.at(outputs.size()), false))
            return cancelled();
        if (!addBundle(
                BundleBuilder::site(input, scan, site, sites.filesBySite.value(site), &result.error)))
            return result;
    }
    for (const auto &[profile, user] : plan->users) {
        if (!steps.next(names.at(outputs.size()), false))
            return cancelled();
        const ClientGeneration client = ClientGeneration::run(generation, profile, user);
        if (!client.ok) {
            result.error = client.error;
            return result;
        }
        if (!addBundle(BundleBuilder::user(input, scan, profile, user, client.files, &result.error)))
            return result;
    }
    if (plan->ansible) {
        if (!steps.next(ansibleFolder, false))
            return cancelled();
        for (const GeneratedFile &f : AnsibleExport::files(input, sites.filesBySite))
            outputs.append({ansibleFolder + QLatin1Char('/') + f.path, f.content, f.mode, false});
    }

    QDir out(outDir);
    bool ansibleAnnounced = false;
    for (const Output &o : outputs) {
        if (o.archive || !ansibleAnnounced) {
            steps.next(o.archive ? o.path : ansibleFolder, true);
            ansibleAnnounced = !o.archive;
        }
        const QString path = out.filePath(o.path);
        if (!QDir().mkpath(QFileInfo(path).path())) {
            result.error = QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).path());
            return result;
        }
        if (!FileBytes::writeAtomicUnsynced(path, o.bytes, FileMode::toPermissions(o.mode),
                                           &result.error))
            return result;
        result.written.append(path);
        if (o.archive) {
            result.archives.append(
                {path, o.bytes.size(),
                 QCryptographicHash::hash(o.bytes, QCryptographicHash::Sha256).toHex()});
        }
    }
    steps.finish();
    result.ok = true;
    return result;
}
