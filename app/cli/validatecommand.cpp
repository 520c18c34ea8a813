#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "core/report/reportjson.h"
#include "core/report/reporttext.h"
#include "core/validation/validator.h"

int Commands::validate(CliContext &c)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption secretsOpt(QStringLiteral("secrets"),
                                        QStringLiteral("Secrets file to check too."),
                                        QStringLiteral("FILE"));
    p.addOptions({json, secretsOpt});
    if (const auto stop = CliSupport::parse(p, c, 1, 1))
        return *stop;
    const auto topology = CliSupport::loadTopology(c, p.positionalArguments().first());
    if (!topology)
        return CliExit::Invalid;
    std::optional<Secrets> secrets;
    if (p.isSet(secretsOpt)) {
        secrets = CliSupport::loadSecrets(c, p.value(secretsOpt));
        if (!secrets)
            return CliExit::Invalid;
    }
    const QList<Finding> findings =
        Validator::validate(*topology, secrets ? &*secrets : nullptr);
    if (p.isSet(json))
        CliSupport::printJson(c, ReportJson::findings(findings));
    else
        c.out << ReportText::findings(findings);
    return Validator::hasErrors(findings) ? CliExit::Findings : CliExit::Ok;
}
