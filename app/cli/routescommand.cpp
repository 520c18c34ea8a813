#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "core/report/reportjson.h"
#include "core/report/reporttext.h"
#include "core/routes/routetable.h"

int Commands::routes(CliContext &c)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOption(json);
    if (!CliSupport::parse(p, c, 1, 1))
        return CliExit::Invalid;
    const auto topology = CliSupport::loadTopology(c, p.positionalArguments().first());
    if (!topology)
        return CliExit::Invalid;
    const RouteTable table = RouteTable::build(*topology);
    if (p.isSet(json))
        CliSupport::printJson(c, ReportJson::routes(table.routes()));
    else
        c.out << ReportText::routes(table.routes());
    return CliExit::Ok;
}
