#include "core/io/exampletopology.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RouteStudio"));
    QApplication::setOrganizationName(QStringLiteral("RouteStudio"));
    QApplication::setApplicationVersion(QStringLiteral(ROUTESTUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("L2TP/IPsec VPN topology editor"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Open the window, check it, and quit."));
    parser.addOption(selfTest);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Topology to open."));
    parser.process(app);

    MainWindow window;
    const QString file = parser.positionalArguments().value(0);
    if (file.isEmpty())
        window.setTopology(ExampleTopology::topology(), QString());
    else if (!window.openFile(file))
        return 2;
    window.show();
    if (parser.isSet(selfTest)) {
        QTimer::singleShot(0, &app, [&window] {
            const bool ok = window.isVisible();
            fprintf(stdout, "self-test: window %s, %d finding(s)\n", ok ? "shown" : "NOT shown",
                    int(window.findings().size()));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
