// The Connect window at a glance: the status light beside the status text
// changes with the session's state (a shape and a colour per state, not the
// text alone), the Connect button carries an icon that turns into the
// Disconnect icon, and the menus end with Settings and Help → About.
#include "../../platform/fakebin.h"
#include "../icons/iconcheck.h"
#include "fakeconnecttools.h"
#include "platform/common/connectsession.h"
#include "ui/connect/connectionstateicon.h"
#include "ui/connect/connectwindow.h"
#include "ui/connect/profileform.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

namespace
{

const QString kExamples = QStringLiteral(ROUTESTUDIO_SOURCE_DIR "/resources/examples");

QImage grabbed(QWidget *w)
{
    return w->grab().toImage().convertToFormat(QImage::Format_ARGB32);
}

void touch(const FakeBin &bin, const QString &name)
{
    QFile f(bin.path() + u'/' + name);
    QVERIFY(f.open(QIODevice::WriteOnly));
}

} // namespace

class TestConnectWindowStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QIcon::setThemeSearchPaths({}); // our icons, not a desktop theme's
    }

    void eachStateHasItsOwnIcon()
    {
        const QList<ConnectSession::State> states = {
            ConnectSession::State::Idle, ConnectSession::State::Connecting,
            ConnectSession::State::Connected, ConnectSession::State::Failed};
        QList<QImage> images;
        for (const ConnectSession::State s : states) {
            ConnectionStateIcon icon;
            icon.resize(icon.sizeHint());
            icon.setState(s, ConnectSession::stateText(s));
            QCOMPARE(icon.toolTip(), ConnectSession::stateText(s));
            QCOMPARE(icon.accessibleName(), ConnectSession::stateText(s));
            const QImage img = grabbed(&icon);
            QVERIFY2(IconCheck::paintedPixels(QIcon(QPixmap::fromImage(img)), img.width()) > 40,
                     qPrintable(icon.iconName()));
            for (const QImage &other : std::as_const(images))
                QVERIFY2(img != other, qPrintable(icon.iconName()));
            images.append(img);
        }
        QCOMPARE(ConnectionStateIcon::iconNameFor(ConnectSession::State::Disconnecting),
                 ConnectionStateIcon::iconNameFor(ConnectSession::State::Connecting));
    }

    void statusIconFollowsTheSession_data()
    {
        QTest::addColumn<bool>("fail");
        QTest::addColumn<QString>("endIcon");
        QTest::newRow("connects") << false << QStringLiteral("routestudio-status-connected");
        QTest::newRow("fails") << true << QStringLiteral("routestudio-status-failed");
    }

    void statusIconFollowsTheSession()
    {
        QFETCH(bool, fail);
        QFETCH(QString, endIcon);
        FakeConnectTools::NmcliRig rig;
        ConnectWindow window(&rig.session, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY(window.profileForm()->openTopology(kExamples + "/seed.topology.json", &error));
        QVERIFY(window.profileForm()->openSecrets(kExamples + "/seed.secrets.json", &error));
        QVERIFY(window.profileForm()->select(QStringLiteral("staff"), QStringLiteral("alice")));

        ConnectionStateIcon *light = window.statusIcon();
        QVERIFY(light->isVisible());
        QCOMPARE(light->iconName(), QStringLiteral("routestudio-status-disconnected"));
        QCOMPARE(light->toolTip(), window.statusText());
        const QImage idle = grabbed(light);
        const QImage connectIcon = IconCheck::image(window.connectButton()->icon());
        QVERIFY(IconCheck::paintedPixels(window.connectButton()->icon()) > 40);

        // What the light shows at each state change (the window updates first).
        QStringList seen;
        QList<QImage> seenImages;
        connect(&rig.session, &ConnectSession::stateChanged, this, [&] {
            seen.append(light->iconName());
            seenImages.append(grabbed(light));
        });
        if (fail)
            touch(rig.bin, QStringLiteral("fail"));
        QTest::mouseClick(window.connectButton(), Qt::LeftButton);
        QTRY_COMPARE(light->iconName(), endIcon);
        QVERIFY2(seen.size() >= 2, qPrintable(seen.join(u' ')));
        QCOMPARE(seen.first(), QStringLiteral("routestudio-status-connecting"));
        QCOMPARE(seen.last(), endIcon);
        QVERIFY(seenImages.first() != idle);
        QVERIFY(seenImages.first() != seenImages.last());
        QCOMPARE(light->toolTip(), window.statusText());
        QVERIFY(grabbed(light) != idle);
        if (!fail) {
            QCOMPARE(rig.session.state(), ConnectSession::State::Connected);
            QCOMPARE(window.connectButton()->text(), QStringLiteral("Disconnect"));
            QVERIFY(IconCheck::paintedPixels(window.connectButton()->icon()) > 40);
            QVERIFY(IconCheck::image(window.connectButton()->icon()) != connectIcon);
            window.disconnectVpn();
            QTRY_COMPARE(light->iconName(), QStringLiteral("routestudio-status-disconnected"));
            QCOMPARE(grabbed(light), idle);
        }
        QCOMPARE(IconCheck::image(window.connectButton()->icon()), connectIcon);
    }

    void menusEndWithSettingsAndHelp()
    {
        FakeBin bin;
        ProcessRunner runner;
        NmcliVpnBackend vpn(&runner, PlatformOptions{});
        FakeRouteBackend routes;
        ConnectSession session(&vpn, &routes, &runner);
        ConnectWindow window(&session, nullptr);
        QStringList titles;
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *m : menus)
            titles.append(m->text());
        QCOMPARE(titles, QStringList({QStringLiteral("&File"), QStringLiteral("&Settings"),
                                      QStringLiteral("&Help")}));
        QAction *about = window.findChild<QAction *>(QStringLiteral("helpAbout"));
        QVERIFY(about);
        QVERIFY(menus.last()->menu()->actions().contains(about));
        QVERIFY(IconCheck::paintedPixels(window.importAction()->icon()) > 40);
        QVERIFY(IconCheck::paintedPixels(window.trayConnectAction()->icon()) > 40);
        QVERIFY(IconCheck::paintedPixels(window.trayDisconnectAction()->icon()) > 40);
    }
};

QTEST_MAIN(TestConnectWindowStatus)
#include "tst_connectwindowstatus.moc"
