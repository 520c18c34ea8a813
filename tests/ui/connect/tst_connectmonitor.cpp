// Monitoring in the connect window, offscreen: after Connect the profile's
// targets (hub PPP peer, routed LAN gateways) are probed through a scripted
// fake prober, the tray icon and tooltip follow up / degraded / down, the
// tunnel check finds routes lost by a flap and the banner's button re-applies
// them through the route backend; after Disconnect probing stops.
#include "../../core/monitor/fakeprober.h"
#include "../../platform/fakeroutebackend.h"
#include "../../platform/fakevpnbackend.h"
#include "core/monitor/monitortargets.h"
#include "core/monitor/tunnelmonitor.h"
#include "platform/common/connectsession.h"
#include "platform/common/processrunner.h"
#include "ui/connect/connectmonitor.h"
#include "ui/connect/connectwindow.h"
#include "ui/connect/profileform.h"
#include "ui/monitor/monitorstatemodel.h"
#include "ui/monitor/monitorwidget.h"
#include "ui/monitor/statecolors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kExamples = QStringLiteral(ROUTESTUDIO_SOURCE_DIR "/resources/examples");

Ipv4Address ip(const char *text) { return *Ipv4Address::parse(QString::fromLatin1(text)); }

struct Rig
{
    ProcessRunner runner;
    FakeVpnBackend vpn;
    FakeRouteBackend routes;
    FakeProber prober;
    ConnectSession session{&vpn, &routes, &runner};
    ConnectWindow window{&session, nullptr, &prober, &routes};

    Rig()
    {
        vpn.tunnelInfo = TunnelInfo{QStringLiteral("ppp0"), ip("10.8.0.5"), ip("10.8.0.254")};
    }

    bool connect()
    {
        QString error;
        if (!window.profileForm()->openTopology(kExamples + "/seed.topology.json", &error)
            || !window.profileForm()->openSecrets(kExamples + "/seed.secrets.json", &error)
            || !window.profileForm()->select(QStringLiteral("staff"), QStringLiteral("alice")))
            return false;
        window.connectVpn();
        return session.state() == ConnectSession::State::Connected;
    }

    void script(const char *address, const QList<ProbeResult> &results)
    {
        prober.script[ip(address).value()] += results;
    }

    TunnelMonitor *monitor() const { return window.connectMonitor()->monitor(); }
};

// The colour of the state dot in the tray icon's lower right corner.
QColor dotColour(const QSystemTrayIcon *tray)
{
    const QImage image = tray->icon().pixmap(32, 32).toImage();
    return image.pixelColor(image.width() * 3 / 4, image.height() * 3 / 4);
}

QStringList keys(const TunnelMonitor *monitor)
{
    QStringList out;
    for (const ProbeTarget &t : monitor->targets())
        out << t.key;
    return out;
}

} // namespace

class TestConnectMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("monitor")); // default thresholds
    }

    void probesTheProfileWhileConnected()
    {
        Rig rig;
        QVERIFY(rig.window.connectMonitor());
        QVERIFY(!rig.monitor()->isRunning());
        QCOMPARE(rig.window.connectMonitor()->state(), TargetState::Unknown);
        rig.script("10.8.0.254", {ProbeResult::reply(12)});
        rig.script("10.10.0.1", {ProbeResult::reply(15)});
        rig.script("10.20.0.1", {ProbeResult::reply(18)});
        QVERIFY(rig.connect());

        QVERIFY(rig.monitor()->isRunning());
        QCOMPARE(keys(rig.monitor()), (QStringList{"profile:staff:10.8.0.254",
                                                   "profile:staff:10.10.0.1",
                                                   "profile:staff:10.20.0.1"}));
        QCOMPARE(rig.window.connectMonitor()->widget()->stateModel()->rowCount(), 3);
        QTRY_COMPARE(rig.window.connectMonitor()->state(), TargetState::Up);
        QCOMPARE(dotColour(rig.window.trayIcon()), StateColors::color(TargetState::Up));
        QVERIFY2(rig.window.trayIcon()->toolTip().endsWith(QStringLiteral("— tunnel Up")),
                 qPrintable(rig.window.trayIcon()->toolTip()));

        // Probing stopped by the user: the tray no longer claims a state.
        QTest::mouseClick(rig.window.connectMonitor()->widget()->startButton(), Qt::LeftButton);
        QVERIFY(!rig.monitor()->isRunning());
        QCOMPARE(rig.window.connectMonitor()->state(), TargetState::Unknown);
        QVERIFY(rig.window.trayIcon()->toolTip().endsWith(QStringLiteral("— tunnel Unknown")));
        QTest::mouseClick(rig.window.connectMonitor()->widget()->startButton(), Qt::LeftButton);
        QCOMPARE(rig.window.connectMonitor()->state(), TargetState::Up);

        rig.window.disconnectVpn();
        QTRY_COMPARE(rig.session.state(), ConnectSession::State::Idle);
        QVERIFY(!rig.monitor()->isRunning());
        QCOMPARE(rig.window.connectMonitor()->state(), TargetState::Unknown);
        QCOMPARE(rig.window.trayIcon()->toolTip(), QStringLiteral("RouteStudio: Disconnected"));
        const int probes = int(rig.prober.starts.size());
        QTest::qWait(50);
        QCOMPARE(int(rig.prober.starts.size()), probes); // nothing more goes out
    }

    void trayFollowsDegradedAndDown_data()
    {
        QTest::addColumn<QList<ProbeResult>>("lan");
        QTest::addColumn<int>("state");
        QTest::newRow("slow: degraded")
            << QList<ProbeResult>{ProbeResult::reply(450)} << int(TargetState::Degraded);
        QTest::newRow("lost: down")
            << QList<ProbeResult>{ProbeResult::lost(QStringLiteral("timeout"))}
            << int(TargetState::Down);
    }

    void trayFollowsDegradedAndDown()
    {
        QFETCH(QList<ProbeResult>, lan);
        QFETCH(int, state);
        Rig rig;
        rig.script("10.8.0.254", {ProbeResult::reply(12)});
        rig.script("10.10.0.1", {ProbeResult::reply(15)});
        rig.script("10.20.0.1", lan);
        QVERIFY(rig.connect());
        QTRY_COMPARE(rig.window.connectMonitor()->state(), TargetState(state));
        QCOMPARE(rig.monitor()->state(QStringLiteral("profile:staff:10.20.0.1")), TargetState(state));
        QCOMPARE(rig.monitor()->state(QStringLiteral("profile:staff:10.10.0.1")), TargetState::Up);
        QCOMPARE(dotColour(rig.window.trayIcon()), StateColors::color(TargetState(state)));
        QVERIFY2(rig.window.trayIcon()->toolTip().endsWith(
                     QStringLiteral("— tunnel %1").arg(StateColors::label(TargetState(state)))),
                 qPrintable(rig.window.trayIcon()->toolTip()));
        rig.window.disconnectVpn();
    }

    void userHostsSurviveAReconnect()
    {
        Rig rig;
        QVERIFY(rig.connect());
        QVERIFY(rig.monitor()->addTarget(MonitorTargets::host(ip("10.20.5.5"), QStringLiteral("NAS"))));
        rig.window.disconnectVpn();
        QTRY_COMPARE(rig.session.state(), ConnectSession::State::Idle);
        rig.vpn.tunnelInfo.peer = ip("10.8.0.1");
        rig.window.connectVpn();
        QCOMPARE(rig.session.state(), ConnectSession::State::Connected);
        QCOMPARE(keys(rig.monitor()), (QStringList{"profile:staff:10.8.0.1",
                                                   "profile:staff:10.10.0.1",
                                                   "profile:staff:10.20.0.1", "host:10.20.5.5"}));
        rig.window.disconnectVpn();
    }

    void lostRoutesAreOfferedAndReapplied()
    {
        Rig rig;
        QVERIFY(rig.connect());
        QVERIFY(rig.window.reapplyBanner()->isHidden()); // all routes in the tunnel
        const int adds = rig.routes.addCalls;

        // ppp0 flapped: the kernel dropped the routes on it.
        rig.routes.table.erase(std::remove_if(rig.routes.table.begin(), rig.routes.table.end(),
                                              [](const SystemRoute &r) {
                                                  return r.interface == QLatin1String("ppp0");
                                              }),
                               rig.routes.table.end());
        rig.window.connectMonitor()->checkRoutes();
        QVERIFY(!rig.window.reapplyBanner()->isHidden());
        const QLabel *text = rig.window.reapplyBanner()->findChild<QLabel *>();
        QCOMPARE(text->text(), QStringLiteral("2 of 2 route(s) no longer point into the tunnel "
                                              "(the interface may have flapped)."));

        QTest::mouseClick(rig.window.reapplyButton(), Qt::LeftButton);
        QCOMPARE(rig.routes.addCalls, adds + 1);
        QString error;
        QCOMPARE(rig.routes.lookup(ip("10.20.0.1"), &error)->interface, QStringLiteral("ppp0"));
        QVERIFY(rig.window.reapplyBanner()->isHidden());

        rig.window.disconnectVpn();
        QTRY_COMPARE(rig.session.state(), ConnectSession::State::Idle);
        QVERIFY(rig.routes.ours().isEmpty()); // the re-applied routes went too
    }

    void profileOverrideIsHonouredAndBadEntriesLogged()
    {
        QFile seed(kExamples + "/seed.topology.json");
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(seed.readAll()).object();
        QJsonArray profiles = doc.value(QStringLiteral("profiles")).toArray();
        QJsonObject staff = profiles[0].toObject();
        staff.insert(QStringLiteral("monitor"),
                     QJsonObject{{"targets", QJsonArray{"10.10.0.53", "10.10.0.x"}}});
        profiles[0] = staff;
        doc.insert(QStringLiteral("profiles"), profiles);
        QTemporaryDir tmp;
        QFile topology(tmp.path() + "/override.topology.json");
        QVERIFY(topology.open(QIODevice::WriteOnly));
        topology.write(QJsonDocument(doc).toJson());
        topology.close();

        Rig rig;
        QString error;
        QVERIFY2(rig.window.profileForm()->openTopology(topology.fileName(), &error),
                 qPrintable(error));
        QVERIFY(rig.window.profileForm()->openSecrets(kExamples + "/seed.secrets.json", &error));
        QVERIFY(rig.window.profileForm()->select(QStringLiteral("staff"), QStringLiteral("alice")));
        rig.window.connectVpn();
        QCOMPARE(rig.session.state(), ConnectSession::State::Connected);
        QCOMPARE(keys(rig.monitor()), QStringList{"profile:staff:10.10.0.53"});
        QVERIFY2(rig.window.logText().contains(QStringLiteral(
                     "monitor target skipped: profile.monitor.targets[1]: \"10.10.0.x\" is not "
                     "an IPv4 address")),
                 qPrintable(rig.window.logText()));
        rig.window.disconnectVpn();
    }

    void noProberNoMonitoring()
    {
        ProcessRunner runner;
        FakeVpnBackend vpn;
        FakeRouteBackend routes;
        ConnectSession session(&vpn, &routes, &runner);
        ConnectWindow window(&session, nullptr);
        QVERIFY(!window.connectMonitor());
        QVERIFY(!window.findChild<MonitorWidget *>());
    }
};

QTEST_MAIN(TestConnectMonitor)
#include "tst_connectmonitor.moc"
