#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "core/bundle/filemode.h"
#include "core/diff/topologydiff.h"
#include "core/model/secretgenerator.h"
#include "core/report/reporttext.h"
#include "core/validation/validator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString fileLine(const FileChange &f)
{
    QString line = QStringLiteral("  %1 %2").arg(FileChange::statusName(f.status), -7).arg(f.path);
    if (f.status == FileChange::Changed && f.oldMode != f.newMode)
        line += QStringLiteral(" (mode %1 -> %2)").arg(FileMode::octal(f.oldMode),
                                                        FileMode::octal(f.newMode));
    else if (f.status == FileChange::Added)
        line += QStringLiteral(" (%1)").arg(FileMode::octal(f.newMode));
    if (!f.hidden.isEmpty())
        line += QStringLiteral(" [content not shown: %1]").arg(f.hidden);
    return line + QLatin1Char('\n');
}

QString text(const TopologyDiff &d)
{
    QString out;
    for (const BoxChanges &b : d.boxes) {
        out += QStringLiteral("%1 %2").arg(b.kind, b.id);
        if (b.status != BoxChanges::Kept)
            out += QStringLiteral(" (%1)").arg(BoxChanges::statusName(b.status));
        if (b.files.isEmpty()) {
            out += QStringLiteral(": no changes\n");
            continue;
        }
        out += QStringLiteral(": %1 file(s)\n").arg(b.files.size());
        for (const FileChange &f : b.files)
            out += fileLine(f);
        for (const FileChange &f : b.files)
            out += f.diff;
    }
    out += QStringLiteral("%1 of %2 boxes change\n").arg(d.changedBoxes()).arg(d.boxes.size());
    return out;
}

QJsonArray json(const TopologyDiff &d)
{
    QJsonArray boxes;
    for (const BoxChanges &b : d.boxes) {
        QJsonArray files;
        for (const FileChange &f : b.files) {
            QJsonObject o{{QStringLiteral("path"), f.path},
                          {QStringLiteral("status"), FileChange::statusName(f.status)},
                          {QStringLiteral("diff"), f.diff}};
            if (f.oldMode)
                o.insert(QStringLiteral("oldMode"), FileMode::octal(f.oldMode));
            if (f.newMode)
                o.insert(QStringLiteral("newMode"), FileMode::octal(f.newMode));
            if (!f.hidden.isEmpty())
                o.insert(QStringLiteral("hidden"), f.hidden);
            files.append(o);
        }
        boxes.append(QJsonObject{{QStringLiteral("kind"), b.kind},
                                 {QStringLiteral("id"), b.id},
                                 {QStringLiteral("status"), BoxChanges::statusName(b.status)},
                                 {QStringLiteral("files"), files}});
    }
    return boxes;
}

} // namespace

int Commands::diff(CliContext &c)
{
    QCommandLineParser p;
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption secretsOpt(QStringLiteral("secrets"), QStringLiteral("Secrets file."),
                                        QStringLiteral("S"));
    const QCommandLineOption contextOpt(QStringLiteral("context"),
                                        QStringLiteral("Lines of context (default 3)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    p.addOptions({jsonOpt, secretsOpt, contextOpt});
    if (const auto stop = CliSupport::parse(p, c, 2, 2))
        return *stop;
    bool numeric = false;
    const int context = p.value(contextOpt).toInt(&numeric);
    if (!numeric || context < 0 || context > 1000) {
        c.err << "routestudio-cli: --context must be a number from 0 to 1000" << Qt::endl;
        return CliExit::Invalid;
    }
    const auto oldTopology = CliSupport::loadTopology(c, p.positionalArguments().at(0));
    const auto newTopology = oldTopology ? CliSupport::loadTopology(c, p.positionalArguments().at(1))
                                         : std::nullopt;
    if (!oldTopology || !newTopology)
        return CliExit::Invalid;
    Secrets secrets;
    if (p.isSet(secretsOpt)) {
        const auto loaded = CliSupport::loadSecrets(c, p.value(secretsOpt));
        if (!loaded)
            return CliExit::Invalid;
        secrets = *loaded;
    }
    // Missing secrets get placeholders: values never show (masked), names do.
    QStringList filled = SecretGenerator::fillMissing(*oldTopology, &secrets);
    filled += SecretGenerator::fillMissing(*newTopology, &secrets);
    if (p.isSet(secretsOpt) && !filled.isEmpty())
        c.err << "routestudio-cli: placeholders for secrets not in the secrets file: "
              << filled.join(QStringLiteral(", ")) << Qt::endl;
    const TopologyDiff d = TopologyDiff::run(*oldTopology, *newTopology, secrets, context);
    if (!d.ok) {
        if (!d.oldFindings.isEmpty())
            c.err << "old: " << ReportText::findings(d.oldFindings);
        if (!d.newFindings.isEmpty())
            c.err << "new: " << ReportText::findings(d.newFindings);
        c.err << "routestudio-cli: " << d.error << Qt::endl;
        return (Validator::hasErrors(d.oldFindings) || Validator::hasErrors(d.newFindings))
                   ? CliExit::Findings
                   : CliExit::Invalid;
    }
    if (p.isSet(jsonOpt))
        CliSupport::printJson(c, json(d));
    else
        c.out << text(d);
    return CliExit::Ok;
}
