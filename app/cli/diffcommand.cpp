#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "app/cli/diffagainst.h"
#include "app/cli/diffoutput.h"
#include "core/diff/topologydiff.h"
#include "core/model/secretgenerator.h"
#include "core/report/reporttext.h"
#include "core/validation/validator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString text(const TopologyDiff &d)
{
    QString out;
    for (const BoxChanges &b : d.boxes)
        out += DiffOutput::header(b) + DiffOutput::fileLines(b) + DiffOutput::diffs(b);
    out += QStringLiteral("%1 of %2 boxes change\n").arg(d.changedBoxes()).arg(d.boxes.size());
    return out;
}

QJsonArray json(const TopologyDiff &d)
{
    QJsonArray boxes;
    for (const BoxChanges &b : d.boxes)
        boxes.append(DiffOutput::json(b));
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
    const QCommandLineOption againstOpt(
        QStringLiteral("against"),
        QStringLiteral("Compare the files on the boxes in DIR (as import reads them) with what RouteStudio generates from their import."),
        QStringLiteral("DIR"));
    p.addOptions({jsonOpt, secretsOpt, contextOpt, againstOpt});
    if (const auto stop = CliSupport::parse(p, c, 0, 2))
        return *stop;
    const qsizetype files = p.positionalArguments().size();
    if (p.isSet(againstOpt) ? files != 0 : files != 2) {
        c.err << "routestudio-cli: diff takes OLD NEW, or --against DIR alone; see routestudio-cli diff --help"
              << Qt::endl;
        return CliExit::Invalid;
    }
    bool numeric = false;
    const int context = p.value(contextOpt).toInt(&numeric);
    if (!numeric || context < 0 || context > 1000) {
        c.err << "routestudio-cli: --context must be a number from 0 to 1000" << Qt::endl;
        return CliExit::Invalid;
    }
    if (p.isSet(againstOpt)) {
        if (p.isSet(secretsOpt)) {
            c.err << "routestudio-cli: diff --against takes the secrets from the boxes' files, not --secrets" << Qt::endl;
            return CliExit::Invalid;
        }
        return DiffAgainst::run(c, p.value(againstOpt), p.isSet(jsonOpt), context);
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
