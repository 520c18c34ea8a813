#include "platform/common/keychaincredentialstore.h"
#include "ui/editor/editorsession.h"
#include "ui/files/autosave.h"
#include "ui/files/filecontroller.h"
#include "ui/files/recentfiles.h"
#include "ui/files/startup.h"
#include "ui/i18n/translations.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/icons/appicons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMenuBar>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RouteStudio"));
    QApplication::setWindowIcon(AppIcons::application());
    QApplication::setOrganizationName(QStringLiteral("RouteStudio"));
    QApplication::setApplicationVersion(QStringLiteral(ROUTESTUDIO_VERSION));
    // Before any widget or help text exists: ui/language setting, else the system's.
    const QString language = Translations().install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "L2TP/IPsec VPN topology editor"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QApplication::translate("main", "Open the window, check it, and quit."));
    parser.addOption(selfTest);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Topology to open."));
    parser.process(app);

    KeychainCredentialStore keychain;
    EditorSession session(nullptr, &keychain);
    RecentFiles recent;
    MainWindow window(&session, &recent);
    Autosave autosave(&session);
    window.show();
    const bool interactive = !parser.isSet(selfTest);
    if (Startup::openInitial(&session, window.files(), &recent,
                             parser.positionalArguments().value(0), &window, interactive)
        == Startup::Opened::Failed)
        return 2;
    if (parser.isSet(selfTest)) {
        QTimer::singleShot(0, &app, [&window, language] {
            const bool ok = window.isVisible();
            fprintf(stdout, "self-test: window %s\n", ok ? "shown" : "NOT shown");
            QStringList menus; // in the installed language (tests/app checks German)
            const QList<QAction *> top = window.menuBar()->actions();
            for (const QAction *a : top)
                menus << a->text().remove(u'&');
            fprintf(stdout, "self-test: language %s, menus %s\n", qPrintable(language),
                    qPrintable(menus.join(u'|')));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
