#include "app/cli/clicommand.h"

#include <QCoreApplication>

namespace {

void printHelp(QTextStream &out)
{
    out << "Usage: routestudio-cli COMMAND [ARGS]\n"
           "Plan, check and generate L2TP/IPsec VPN topologies with static routes.\n\n"
           "Commands:\n";
    for (const CliCommand &cmd : CliCommands::all())
        out << QStringLiteral("  %1\n      %2\n").arg(QLatin1String(cmd.synopsis),
                                                    QLatin1String(cmd.summary));
    out << "\nOptions:\n  --help     show this help (COMMAND --help: that command's options)\n"
           "  --version  show the version\n"
           "\nExit codes: 0 success, 1 validation errors found, 2 unreadable or invalid input.\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("routestudio-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUTESTUDIO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QString first = args.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-V")) {
        out << "routestudio-cli " << ROUTESTUDIO_VERSION << Qt::endl;
        return 0;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printHelp(first.isEmpty() ? err : out);
        return first.isEmpty() ? 2 : 0;
    }
    for (const CliCommand &cmd : CliCommands::all()) {
        if (first == QLatin1String(cmd.name)) {
            CliContext context{args.mid(1), out, err};
            const int rc = cmd.run(context);
            out.flush();
            return rc;
        }
    }
    err << "routestudio-cli: unknown command \"" << first << "\"; see routestudio-cli --help"
        << Qt::endl;
    return 2;
}
