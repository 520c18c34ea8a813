#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "core/generators/common/filemodes.h"
#include "core/generators/generationplan.h"
#include "core/generators/sitegeneration.h"
#include "core/io/filebytes.h"
#include "core/io/treewriter.h"
#include "core/report/reporttext.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

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

    // One plan for the run; each site's files are made and written in turn,
    // so only one site's files are held at a time.
    const GenerationPlan plan(*topology, *secrets);
    if (!plan.ok()) {
        c.out << ReportText::findings(plan.findings());
        c.err << "routestudio-cli: nothing generated: the topology has validation errors"
              << Qt::endl;
        return CliExit::Findings;
    }

    const QString dirName = p.value(outOpt);
    QDir dir(dirName);
    // A new folder is written beside and renamed into place at the end; an
    // existing one (a previous run, or --force) file by file, each replaced atomically.
    const QFileInfo target(dirName);
    const bool exists = target.exists() || target.isSymLink();
    std::optional<QStringList> previous;
    if (exists) {
        previous = previousRun(dir);
        if (!previous && !isEmptyDir(dir) && !p.isSet(force)) {
            c.err << "routestudio-cli: " << dirName
                  << " is not empty and was not written by routestudio-cli generate; "
                     "use --force to write into it"
                  << Qt::endl;
            return CliExit::Invalid;
        }
    }
    TreeWriter out = exists ? TreeWriter::inPlace(dirName) : TreeWriter::fresh(dirName);
    QString error;
    if (!out.open(&error)) {
        c.err << "routestudio-cli: " << error << Qt::endl;
        return CliExit::Invalid;
    }

    QList<const Site *> sites; // by id, the order of the list of written files
    for (const Site &site : topology->sites)
        sites << &site;
    std::sort(sites.begin(), sites.end(), [](const Site *a, const Site *b) { return a->id < b->id; });
    QStringList written;
    for (const Site *site : std::as_const(sites)) {
        const QList<GeneratedFile> files = SiteGeneration::filesOf(plan, *site);
        if (files.isEmpty()) {
            c.err << "note: no generator for site " << site->id << " (platform "
                  << Enums::toString(site->platform) << ") yet" << Qt::endl;
            continue;
        }
        for (const GeneratedFile &f : files) {
            const QString rel = site->id + u'/' + f.path;
            if (!out.write(rel, f.content, FileModes::permissions(f.mode), &error)) {
                c.err << "routestudio-cli: " << error << Qt::endl;
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
    const QByteArray manifest = "# Written by routestudio-cli generate; files below are its own.\n"
                                + written.join(u'\n').toUtf8() + '\n';
    const bool marked = exists ? FileBytes::writeAtomic(dir.filePath(kMarker), manifest,
                                                        FileBytes::publicMode(), &error)
                               : out.write(kMarker, manifest, FileBytes::publicMode(), &error);
    if (!marked || !out.commit(&error)) {
        c.err << "routestudio-cli: " << error << Qt::endl;
        return CliExit::Invalid;
    }
    if (!plan.findings().isEmpty())
        c.err << ReportText::findings(plan.findings());
    c.err << "wrote " << written.size() << " files for " << sites.size()
          << " site(s) into " << dirName << Qt::endl;
    return CliExit::Ok;
}
