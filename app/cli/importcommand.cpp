#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "core/import/importreport.h"
#include "core/import/importrun.h"
#include "core/io/filebytes.h"
#include "core/io/secretsfile.h"
#include "core/io/topologywriter.h"
#include "core/report/reportjson.h"
#include "core/report/reporttext.h"
#include "core/validation/validator.h"

#include <QFileInfo>
#include <QJsonDocument>

int Commands::importBoxes(CliContext &c)
{
    QCommandLineParser p;
    const QCommandLineOption outOpt(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write NAME.topology.json, NAME.secrets.json and NAME.import.txt."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Print the report as JSON (also written to NAME.import.json)."));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Overwrite existing files."));
    p.addOptions({outOpt, jsonOpt, force});
    if (const auto stop = CliSupport::parse(p, c, 1, 64))
        return *stop;
    if (!p.isSet(outOpt)) {
        c.err << "routestudio-cli: import needs -o NAME" << Qt::endl;
        return CliExit::Invalid;
    }
    const QString name = p.value(outOpt);
    const QString topologyFile = name + QStringLiteral(".topology.json");
    const QString secretsFile = name + QStringLiteral(".secrets.json");
    const QString reportFile = name + (p.isSet(jsonOpt) ? QStringLiteral(".import.json") : QStringLiteral(".import.txt"));
    for (const QString &f : {topologyFile, secretsFile, reportFile}) {
        if (QFileInfo::exists(f) && !p.isSet(force)) {
            c.err << "routestudio-cli: " << f << " exists; use --force to overwrite" << Qt::endl;
            return CliExit::Invalid;
        }
    }
    QString error;
    const auto imported = ImportRun::fromPaths(p.positionalArguments(), &error);
    if (!imported) {
        c.err << "routestudio-cli: " << ImportReport::escaped(error) << Qt::endl;
        return CliExit::Invalid;
    }
    const ImportRun &run = *imported;
    const QList<Finding> findings = Validator::validate(run.topology, &run.secrets);
    QByteArray report;
    if (p.isSet(jsonOpt)) {
        QJsonObject o = ImportReport::json(run);
        o.insert(QStringLiteral("findings"), ReportJson::findings(findings));
        report = QJsonDocument(o).toJson();
    } else {
        report = (ImportReport::text(run) + QStringLiteral("validation of the imported topology:\n")
                  + (findings.isEmpty() ? QStringLiteral("  no findings\n") : ReportText::findings(findings)))
                     .toUtf8();
    }
    if (!TopologyWriter::toFile(run.topology, topologyFile, &error)
        || !SecretsFile::toFile(run.secrets, secretsFile, &error)
        || !FileBytes::writeAtomic(reportFile, report, FileBytes::publicMode(), &error)) {
        c.err << "routestudio-cli: " << error << Qt::endl;
        return CliExit::Invalid;
    }
    c.out << QString::fromUtf8(report);
    c.err << "wrote " << topologyFile << ", " << secretsFile << " (mode 0600) and " << reportFile << Qt::endl;
    return run.hasErrors() || Validator::hasErrors(findings) ? CliExit::Findings : CliExit::Ok;
}
