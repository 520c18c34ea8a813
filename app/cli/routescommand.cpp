#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "core/report/pushreport.h"
#include "core/report/reportjson.h"
#include "core/report/reporttext.h"
#include "core/routes/routetable.h"
#include "core/validation/validator.h"

int Commands::routes(CliContext &c)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOption(json);
    const QCommandLineOption push(QStringLiteral("push"),
                                  QStringLiteral("Print what each hub answers to DHCPINFORM: options "
                                                 "121/249 (hex), DNS, domain, addresses per profile."));
    p.addOption(push);
    if (const auto stop = CliSupport::parse(p, c, 1, 1))
        return *stop;
    const auto topology = CliSupport::loadTopology(c, p.positionalArguments().first());
    if (!topology)
        return CliExit::Invalid;
    const RouteTable table = RouteTable::build(*topology);
    if (p.isSet(push) && p.isSet(json))
        CliSupport::printJson(c, PushReport::json(*topology, table));
    else if (p.isSet(push))
        c.out << PushReport::text(*topology, table);
    else if (p.isSet(json))
        CliSupport::printJson(c, ReportJson::routes(table.routes()));
    else
        c.out << ReportText::routes(table.routes());
    // A plan with errors (overlaps, a missing hub) gives a table that is wrong somewhere.
    const QList<Finding> findings = Validator::validate(*topology, nullptr);
    if (Validator::hasErrors(findings)) {
        const auto errors = std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
            return f.severity == Finding::Severity::Error;
        });
        c.err << "routestudio-cli: the topology has " << errors
              << " validation error(s): this route table is not to be trusted; see "
                 "routestudio-cli validate "
              << p.positionalArguments().first() << Qt::endl;
        return CliExit::Findings;
    }
    return CliExit::Ok;
}
