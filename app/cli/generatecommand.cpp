#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "core/generators/common/filemodes.h"
#include "core/generators/sitegeneration.h"
#include "core/io/filebytes.h"
#include "core/report/reporttext.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace {

const QString kMarker = QStringLiteral(".routestudio-generated");

// The files a previous run wrote into `dir`, or nullopt when `dir` is not ours.
std::optional<QStringList> previousRun(const QDir &dir)
{
    LoadError error;
    const auto bytes = FileBytes::read(dir.filePath(kMarker), &error);
    if (!bytes)
        return std::nullopt;
    QStringList files;
    const QList<QByteArray> lines = bytes->split('\n');
    for (const QByteArray &line : lines) {
        const QString f = QString::fromUtf8(line);
        // Only plain relative paths below the folder: never follow "..".
        if (!f.isEmpty() && !f.startsWith(u'#') && !f.startsWith(u'/')
            && !f.split(u'/').contains(QStringLiteral("..")))
            files << f;
    }
    return files;
}

bool isEmptyDir(const QDir &dir)
{
    return dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

int Commands::generate(CliContext &c)
{
    QCommandLineParser p;
    const QCommandLineOption secretsOpt(QStringLiteral("secrets"),
                                        QStringLiteral("Secrets file (PSKs and passwords)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output folder: one sub-folder per site."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Write into a non-empty folder."));
    p.addOptions({secretsOpt, outOpt, force});
    if (const auto stop = CliSupport::parse(p, c, 1, 1))
        return *stop;
    if (!p.isSet(outOpt)) {
        c.err << "routestudio-cli: generate needs -o DIR (the output folder)" << Qt::endl;
        return CliExit::Invalid;
    }
    if (!p.isSet(secretsOpt)) {
        c.err << "routestudio-cli: generate needs --secrets FILE: the configs contain the "
                 "pre-shared keys and passwords (create it, or add what it lacks, with "
                 "`routestudio-cli secrets TOPOLOGY --secrets FILE` or the editor)"
              << Qt::endl;
        return CliExit::Invalid;
    }
    const auto topology = CliSupport::loadTopology(c, p.positionalArguments().first());
    if (!topology)
        return CliExit::Invalid;
    const auto secrets = CliSupport::loadSecrets(c, p.value(secretsOpt));
    if (!secrets)
        return CliExit::Invalid;

    const SiteGeneration gen = SiteGeneration::run(*topology, *secrets);
    if (!gen.ok) {
        c.out << ReportText::findings(gen.findings);
        c.err << "routestudio-cli: nothing generated: the topology has validation errors"
              << Qt::endl;
        return CliExit::Findings;
    }

    const QString dirName = p.value(outOpt);
    QDir dir(dirName);
    std::optional<QStringList> previous;
    if (dir.exists()) {
        previous = previousRun(dir);
        if (!previous && !isEmptyDir(dir) && !p.isSet(force)) {
            c.err << "routestudio-cli: " << dirName
                  << " is not empty and was not written by routestudio-cli generate; "
                     "use --force to write into it"
                  << Qt::endl;
            return CliExit::Invalid;
        }
    } else if (!dir.mkpath(QStringLiteral("."))) {
        c.err << "routestudio-cli: cannot create folder " << dirName << Qt::endl;
        return CliExit::Invalid;
    }

    QStringList written;
    for (auto it = gen.filesBySite.cbegin(); it != gen.filesBySite.cend(); ++it) {
        if (it.value().isEmpty()) {
            const Site *site = topology->site(it.key());
            c.err << "note: no generator for site " << it.key() << " (platform "
                  << (site ? Enums::toString(site->platform) : QString()) << ") yet" << Qt::endl;
            continue;
        }
        for (const GeneratedFile &f : it.value()) {
            const QString rel = it.key() + u'/' + f.path;
            const QString path = dir.filePath(rel);
            QString error;
            if (!QDir().mkpath(QFileInfo(path).path())
                || !FileBytes::writeAtomicUnsynced(path, f.content,
                                                   FileModes::permissions(f.mode), &error)) {
                c.err << "routestudio-cli: " << (error.isEmpty() ? path : error) << Qt::endl;
                return CliExit::Invalid;
            }
            written << rel;
        }
    }
    // Files of the previous run that this run no longer writes: ours, so remove them.
    if (previous) {
        const QSet<QString> now(written.cbegin(), written.cend());
        for (const QString &old : *previous) {
            if (!now.contains(old))
                QFile::remove(dir.filePath(old));
        }
    }
    QString error;
    const QByteArray manifest = "# Written by routestudio-cli generate; files below are its own.\n"
                                + written.join(u'\n').toUtf8() + '\n';
    if (!FileBytes::writeAtomic(dir.filePath(kMarker), manifest, FileBytes::publicMode(), &error)) {
        c.err << "routestudio-cli: " << error << Qt::endl;
        return CliExit::Invalid;
    }
    if (!gen.findings.isEmpty())
        c.err << ReportText::findings(gen.findings);
    c.err << "wrote " << written.size() << " files for " << gen.filesBySite.size()
          << " site(s) into " << dirName << Qt::endl;
    return CliExit::Ok;
}
