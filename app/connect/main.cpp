// routestudio-connect: the end user's app. Import a profile, click Connect.
// A program of its own (not a mode of the editor): end users never load the
// editor, and the two windows evolve independently.
#include "platform/common/connectsession.h"
#include "platform/common/keychaincredentialstore.h"
#include "platform/common/platformfactory.h"
#include "platform/common/processrunner.h"
#include "platform/common/proberfactory.h"
#include "ui/connect/connectwindow.h"
#include "ui/connect/importedprofilefile.h"
#include "ui/connect/profileform.h"
#include "ui/i18n/translations.h"
#include "ui/icons/appicons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPushButton>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RouteStudio Connect"));
    QApplication::setWindowIcon(AppIcons::application());
    QApplication::setOrganizationName(QStringLiteral("RouteStudio"));
    QApplication::setApplicationVersion(QStringLiteral(ROUTESTUDIO_VERSION));
    QApplication::setQuitOnLastWindowClosed(true);
    // Before any widget or help text exists: ui/language setting, else the system's.
    const QString language = Translations().install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Connect to an L2TP/IPsec VPN and install its routes"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption secrets(QStringLiteral("secrets"),
                                     QApplication::translate("main", "Secrets file to read."),
                                     QStringLiteral("file"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Profile id to select."),
                                     QStringLiteral("id"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QApplication::translate("main", "User name to select."),
                                  QStringLiteral("name"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QApplication::translate("main", "Open, check, quit."));
    parser.addOptions({secrets, profile, user, selfTest});
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "Profile bundle to import (user-….tar.gz, .zip), or a "
                                        "topology file (.json) to open."));
    parser.process(app);

    ProcessRunner runner;
    const PlatformBackends backends =
        PlatformFactory::create(&runner, PlatformFactory::defaultOptions());
    ConnectSession session(backends.vpn.get(), backends.routes.get(), &runner);
    KeychainCredentialStore store;
    const std::unique_ptr<Prober> prober = ProberFactory::create(nullptr); // monitoring
    ConnectWindow window(&session, parser.isSet(selfTest) ? nullptr : &store, prober.get(),
                         backends.routes.get());

    // The self-test leaves the user's remembered profile alone.
    if (!parser.isSet(selfTest))
        window.profileForm()->setMemoryFile(ImportedProfileFile::defaultFileName());
    QString error;
    const QString source = parser.positionalArguments().value(0);
    if (source.isEmpty() && !window.profileForm()->restoreImported(&error) && !error.isEmpty())
        fprintf(stderr, "warning: %s\n", qPrintable(error));
    const bool isTopology = source.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    // A file that cannot be opened: the window opens with the reason in its
    // status line and log (a user who double-clicked it sees no terminal); the
    // reason also goes to stderr for a terminal user.
    bool openFailed = false;
    const auto fail = [&window, &openFailed](const QString &message) {
        fprintf(stderr, "%s\n", qPrintable(message));
        window.reportOpenFailure(message);
        openFailed = true;
    };
    if (!source.isEmpty() && !isTopology && !window.importBundle(source, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        openFailed = true;
    }
    if (!source.isEmpty() && isTopology && !window.profileForm()->openTopology(source, &error))
        fail(QApplication::translate("main", "Topology not opened: %1").arg(error));
    if (!openFailed && parser.isSet(secrets)
        && !window.profileForm()->openSecrets(parser.value(secrets), &error))
        fail(QApplication::translate("main", "Secrets not opened: %1").arg(error));
    if (!openFailed && parser.isSet(profile)
        && !window.profileForm()->select(parser.value(profile), parser.value(user)))
        fail(QApplication::translate("main", "No profile “%1” with user “%2”.")
                 .arg(parser.value(profile), parser.value(user)));
    window.show();
    if (parser.isSet(selfTest)) {
        QTimer::singleShot(0, &app, [&window, language, openFailed] {
            const bool ok =
                window.isVisible() && (window.connectButton()->isEnabled() || openFailed);
            fprintf(stdout, "self-test: connect window %s (%s backends)\n",
                    ok ? "shown" : "NOT shown", qPrintable(PlatformFactory::osName()));
            fprintf(stdout, "self-test: language %s, button %s\n", qPrintable(language),
                    qPrintable(window.connectButton()->text()));
            fprintf(stdout, "self-test: status %s\n", qPrintable(window.statusText()));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
