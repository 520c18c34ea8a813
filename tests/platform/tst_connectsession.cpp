#include "fakeroutebackend.h"
#include "fakevpnbackend.h"
#include "platform/common/connectsession.h"
#include "platform/common/processrunner.h"

#include <QSignalSpy>
#include <QTest>

namespace {

Ipv4Prefix prefix(const char *s)
{
    return *Ipv4Prefix::parse(QString::fromLatin1(s));
}

ClientProfile profile(QList<Ipv4Prefix> routes, TunnelMode mode = TunnelMode::Split)
{
    ClientProfile p;
    p.connectionName = QStringLiteral("RouteStudio hq staff");
    p.gateway = QStringLiteral("203.0.113.10");
    p.user = QStringLiteral("alice");
    p.password = QStringLiteral("example-only-alice-pass");
    p.psk = QStringLiteral("example-only-Q8v2Lr6nT1yB5dK0");
    p.tunnel = mode;
    p.routes = routes;
    return p;
}

TunnelInfo ppp(const char *ifname, const char *local)
{
    return TunnelInfo{QString::fromLatin1(ifname), *Ipv4Address::parse(QString::fromLatin1(local)),
                      *Ipv4Address::parse(u"10.8.0.1")};
}

} // namespace

class TestConnectSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectInstallsVerifiesAndDisconnectRemovesExactlyOurs()
    {
        FakeVpnBackend vpn;
        vpn.tunnelInfo = ppp("ppp0", "10.8.0.5");
        FakeRouteBackend routes;
        ProcessRunner runner;
        QStringList log;
        ConnectSession s(&vpn, &routes, &runner);
        connect(&s, &ConnectSession::logLine, this, [&log](const QString &l) { log << l; });
        s.setProfile(profile({prefix("10.10.0.0/16"), prefix("10.20.0.0/16")}));
        QVERIFY(s.connectVpn());
        QCOMPARE(s.state(), ConnectSession::State::Connected);
        QCOMPARE(vpn.calls, (QStringList{"ensure", "connect"}));
        QCOMPARE(routes.ours().size(), 3); // the pinned server route + 2
        QCOMPARE(s.installed().first().destination, prefix("203.0.113.10/32"));
        QCOMPARE(s.installed().first().interface, QStringLiteral("eth0"));
        QCOMPARE(s.installed().first().gateway, Ipv4Address::parse(u"192.168.1.1"));
        for (const RouteVerdict &v : s.verdicts())
            QCOMPARE(v.state, RouteVerdict::State::Verified);
        QVERIFY(s.disconnectVpn());
        QCOMPARE(s.state(), ConnectSession::State::Idle);
        QVERIFY(routes.ours().isEmpty());
        QCOMPARE(routes.table.size(), 2);
        for (const RouteVerdict &v : s.verdicts())
            QCOMPARE(v.state, RouteVerdict::State::Removed);
        const QString all = log.join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QLatin1String("example-only")));
    }

    // Failover (docs/failover.md): a profile with a backup hub dials it when
    // the hub does not answer, says so, pins the backup's host route, and the
    // next connect starts from the hub again.
    void aSilentHubFailsOverToTheBackup()
    {
        FakeVpnBackend vpn;
        vpn.tunnelInfo = ppp("ppp0", "10.9.0.5");
        vpn.silentServers = {QStringLiteral("203.0.113.10")};
        FakeRouteBackend routes;
        ProcessRunner runner;
        QStringList log;
        ConnectSession s(&vpn, &routes, &runner);
        connect(&s, &ConnectSession::logLine, this, [&log](const QString &l) { log << l; });
        QSignalSpy server(&s, &ConnectSession::serverChanged);
        ClientProfile p = profile({prefix("10.10.0.0/16")});
        p.profileId = QStringLiteral("staff");
        p.hubId = QStringLiteral("hq");
        p.backupHubId = QStringLiteral("dr");
        p.backupGateway = QStringLiteral("198.51.100.20");
        s.setProfile(p);
        QVERIFY(s.connectVpn());
        QCOMPARE(s.state(), ConnectSession::State::Connected);
        QCOMPARE(vpn.dialed, (QStringList{"203.0.113.10", "198.51.100.20"}));
        QCOMPARE(server.count(), 1);
        QVERIFY(s.onBackup());
        QCOMPARE(s.profile().gateway, QStringLiteral("198.51.100.20"));
        QCOMPARE(s.profile().hubId, QStringLiteral("dr"));
        QCOMPARE(s.profile().connectionName, QStringLiteral("RouteStudio dr staff"));
        QCOMPARE(s.installed().first().destination, prefix("198.51.100.20/32"));
        const QString all = log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("the server 203.0.113.10 did not answer")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("trying the backup server 198.51.100.20 of hub dr")));
        QVERIFY(s.disconnectVpn());
        QVERIFY(routes.ours().isEmpty());

        vpn.silentServers.clear();
        vpn.dialed.clear();
        QVERIFY(s.connectVpn());
        QCOMPARE(vpn.dialed, (QStringList{"203.0.113.10"}));
        QCOMPARE(s.profile().gateway, QStringLiteral("203.0.113.10"));
        QVERIFY(!s.onBackup());
        QVERIFY(s.disconnectVpn());
    }

    // A server given by name is looked up without blocking the event loop:
    // connectVpn returns while the session is still Connecting, and the
    // connection completes when the answer comes (localhost: /etc/hosts).
    void aServerNameIsResolvedWithoutBlocking()
    {
        FakeVpnBackend vpn;
        vpn.tunnelInfo = ppp("ppp0", "10.8.0.5");
        FakeRouteBackend routes;
        ProcessRunner runner;
        QStringList log;
        ConnectSession s(&vpn, &routes, &runner);
        connect(&s, &ConnectSession::logLine, this, [&log](const QString &l) { log << l; });
        ClientProfile p = profile({prefix("10.10.0.0/16")});
        p.gateway = QStringLiteral("localhost");
        s.setProfile(p);
        QVERIFY(s.connectVpn());
        QCOMPARE(s.state(), ConnectSession::State::Connecting);
        QVERIFY(vpn.calls.isEmpty()); // nothing dialled before the answer
        QTRY_COMPARE(s.state(), ConnectSession::State::Connected);
        QCOMPARE(vpn.dialed, (QStringList{"localhost"}));
        QVERIFY2(log.join(QLatin1Char('\n')).contains(QLatin1String("localhost resolves to 127.0.0.1")),
                 qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY(s.disconnectVpn());
    }

    void whenNeitherAnswersTheErrorNamesBoth()
    {
        FakeVpnBackend vpn;
        vpn.tunnelInfo = ppp("ppp0", "10.9.0.5");
        vpn.silentServers = {QStringLiteral("203.0.113.10"), QStringLiteral("198.51.100.20")};
        FakeRouteBackend routes;
        ProcessRunner runner;
        ConnectSession s(&vpn, &routes, &runner);
        ClientProfile p = profile({prefix("10.10.0.0/16")});
        p.backupHubId = QStringLiteral("dr");
        p.backupGateway = QStringLiteral("198.51.100.20");
        s.setProfile(p);
        QVERIFY(!s.connectVpn());
        QCOMPARE(s.state(), ConnectSession::State::Failed);
        QVERIFY2(s.lastError().contains(QLatin1String("neither the server 203.0.113.10 nor its backup "
                                                      "198.51.100.20 answered")),
                 qPrintable(s.lastError()));
        QVERIFY(routes.ours().isEmpty());
    }

    void withoutABackupASilentHubFailsOnce()
    {
        FakeVpnBackend vpn;
        vpn.silentServers = {QStringLiteral("203.0.113.10")};
        FakeRouteBackend routes;
        ProcessRunner runner;
        ConnectSession s(&vpn, &routes, &runner);
        s.setProfile(profile({prefix("10.10.0.0/16")}));
        QVERIFY(!s.connectVpn());
        QCOMPARE(vpn.dialed, (QStringList{"203.0.113.10"}));
        QCOMPARE(s.lastError(), QStringLiteral("fake: 203.0.113.10 does not answer"));
    }

    // routesFrom: hub — the hub's DHCPINFORM answer replaces the profile's routes
    // (a LAN added at the hub arrives with no new bundle); both — the answer and
    // the profile's; a silent hub or an answer without routes leaves the
    // profile's, and the log says which; profile — the hub is never asked.
    void routesFromTheHubWinAndFallBackToTheProfile_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<bool>("answers");
        QTest::addColumn<bool>("withRoutes");
        QTest::addColumn<QStringList>("installed");
        QTest::addColumn<QString>("logged");
        const int hub = int(RoutePush::RoutesFrom::Hub);
        QTest::newRow("hub answers") << hub << true << true << QStringList{"10.10.0.0/16", "10.30.0.0/16"}
                                     << "the hub answers with 2 route(s) (DHCP option 121)";
        QTest::newRow("both") << int(RoutePush::RoutesFrom::Both) << true << true
                              << QStringList{"10.10.0.0/16", "10.30.0.0/16", "10.40.0.0/16"}
                              << "the hub answers with 2 route(s)";
        QTest::newRow("hub silent") << hub << false << false << QStringList{"10.10.0.0/16", "10.40.0.0/16"}
                                    << "the hub gave no routes (no DHCP answer on ppp0)";
        QTest::newRow("no routes") << hub << true << false << QStringList{"10.10.0.0/16", "10.40.0.0/16"}
                                   << "the hub's answer has no routes";
        QTest::newRow("profile") << int(RoutePush::RoutesFrom::Profile) << true << true
                                 << QStringList{"10.10.0.0/16", "10.40.0.0/16"} << "installed 3 route(s)";
    }
    void routesFromTheHubWinAndFallBackToTheProfile()
    {
        QFETCH(int, from);
        QFETCH(bool, answers);
        QFETCH(bool, withRoutes);
        QFETCH(QStringList, installed);
        QFETCH(QString, logged);
        FakeVpnBackend vpn;
        vpn.tunnelInfo = ppp("ppp0", "10.8.0.5");
        FakeRouteBackend routes;
        if (answers) {
            DhcpAnswer a;
            if (withRoutes) {
                a.routesOption = 121;
                for (const char *p : {"10.10.0.0/16", "10.30.0.0/16", "10.30.0.0/16"})
                    a.routes.append({prefix(p), *Ipv4Address::parse(u"10.8.0.1")});
            }
            routes.hubAnswer = a;
        }
        ProcessRunner runner;
        QStringList log;
        ConnectSession s(&vpn, &routes, &runner);
        connect(&s, &ConnectSession::logLine, this, [&log](const QString &l) { log << l; });
        ClientProfile p = profile({prefix("10.10.0.0/16"), prefix("10.40.0.0/16")});
        p.routesFrom = RoutePush::RoutesFrom(from);
        s.setProfile(p);
        QVERIFY(s.connectVpn());
        QCOMPARE(routes.askedOn.isEmpty(), p.routesFrom == RoutePush::RoutesFrom::Profile);
        QStringList got;
        for (const RouteSpec &r : s.installed()) {
            if (r.interface == QLatin1String("ppp0"))
                got << r.destination.toString();
        }
        QCOMPARE(got, installed);
        QVERIFY2(log.join(u'\n').contains(logged), qPrintable(log.join(u'\n')));
        QVERIFY(s.disconnectVpn());
        QVERIFY(routes.ours().isEmpty());
    }

    void preflight_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("detail");
        const int split = int(TunnelMode::Split);
        const int full = int(TunnelMode::Full);
        const int refused = int(RouteVerdict::State::Refused);
        const int verified = int(RouteVerdict::State::Verified);
        const QString lan = QStringLiteral("overlaps your local network 192.168.1.0/24 on eth0");
        QTest::newRow("remote LAN") << "10.20.0.0/16" << split << verified << QString();
        QTest::newRow("same as client LAN") << "192.168.1.0/24" << split << refused << lan;
        QTest::newRow("inside client LAN") << "192.168.1.128/25" << split << refused << lan;
        QTest::newRow("around client LAN") << "192.168.0.0/16" << split << refused << lan;
        QTest::newRow("full-tunnel half around LAN") << "128.0.0.0/1" << full << verified << QString();
        QTest::newRow("next to client LAN") << "192.168.2.0/24" << split << verified << QString();
    }
    void preflight()
    {
        QFETCH(QString, route);
        QFETCH(int, mode);
        QFETCH(int, state);
        QFETCH(QString, detail);
        FakeVpnBackend vpn;
        vpn.tunnelInfo = ppp("ppp0", "10.8.0.5");
        FakeRouteBackend routes;
        ProcessRunner runner;
        ConnectSession s(&vpn, &routes, &runner);
        s.setProfile(profile({*Ipv4Prefix::parse(route)}, TunnelMode(mode)));
        QVERIFY(s.connectVpn());
        QCOMPARE(int(s.verdicts().first().state), state);
        QVERIFY2(s.verdicts().first().detail.startsWith(detail),
                 qPrintable(s.verdicts().first().detail));
    }

    void routeAlreadyOwnedByAnotherInterfaceIsRefused()
    {
        FakeVpnBackend vpn;
        vpn.tunnelInfo = ppp("ppp0", "10.8.0.5");
        FakeRouteBackend routes;
        SystemRoute other;
        other.destination = prefix("10.20.0.0/16");
        other.interface = QStringLiteral("wg0");
        routes.table.append(other);
        ProcessRunner runner;
        ConnectSession s(&vpn, &routes, &runner);
        s.setProfile(profile({prefix("10.20.0.0/16")}));
        QVERIFY(s.connectVpn());
        QCOMPARE(s.verdicts().first().state, RouteVerdict::State::Refused);
        QCOMPARE(s.verdicts().first().detail, QStringLiteral("10.20.0.0/16 is already routed via wg0"));
    }

    // The install fails: nothing stays behind and the VPN is taken down.
    void failedInstallRollsBackAndDisconnects()
    {
        FakeVpnBackend vpn;
        vpn.tunnelInfo = ppp("ppp0", "10.8.0.5");
        FakeRouteBackend routes;
        routes.failOnAdd = QStringLiteral("10.20.0.0/16");
        ProcessRunner runner;
        ConnectSession s(&vpn, &routes, &runner);
        s.setProfile(profile({prefix("10.10.0.0/16"), prefix("10.20.0.0/16")}));
        QVERIFY(!s.connectVpn());
        QCOMPARE(s.state(), ConnectSession::State::Failed);
        QVERIFY2(s.lastError().contains(QLatin1String("nothing was left behind")),
                 qPrintable(s.lastError()));
        QVERIFY(routes.ours().isEmpty());
        QCOMPARE(vpn.calls.last(), QStringLiteral("disconnect"));
        QCOMPARE(s.verdicts()[1].state, RouteVerdict::State::Failed);
    }

    void failedConnectInstallsNothing()
    {
        FakeVpnBackend vpn;
        vpn.failConnect = true;
        FakeRouteBackend routes;
        ProcessRunner runner;
        ConnectSession s(&vpn, &routes, &runner);
        s.setProfile(profile({prefix("10.10.0.0/16")}));
        QVERIFY(!s.connectVpn());
        QCOMPARE(s.lastError(), QStringLiteral("fake: activation failed"));
        QCOMPARE(routes.addCalls, 0);
    }

    void newPoolAddressReappliesTheRoutes()
    {
        FakeVpnBackend vpn;
        vpn.tunnelInfo = ppp("ppp0", "10.8.0.5");
        FakeRouteBackend routes;
        ProcessRunner runner;
        ConnectSession s(&vpn, &routes, &runner);
        s.setProfile(profile({prefix("10.10.0.0/16")}));
        QVERIFY(s.connectVpn());
        s.poll(); // unchanged: nothing happens
        QCOMPARE(routes.addCalls, 1);
        vpn.tunnelInfo = ppp("ppp1", "10.8.0.77");
        s.poll();
        QCOMPARE(routes.addCalls, 2);
        QCOMPARE(s.tunnel()->interface, QStringLiteral("ppp1"));
        const auto ours = routes.ours();
        QVERIFY(std::any_of(ours.cbegin(), ours.cend(), [](const SystemRoute &r) {
            return r.interface == QLatin1String("ppp1") && r.destination.toString() == "10.10.0.0/16";
        }));
        QVERIFY(std::none_of(ours.cbegin(), ours.cend(),
                             [](const SystemRoute &r) { return r.interface == QLatin1String("ppp0"); }));
        QCOMPARE(s.verdicts().first().state, RouteVerdict::State::Verified);
    }

    void droppedVpnRemovesItsRoutes()
    {
        FakeVpnBackend vpn;
        vpn.tunnelInfo = ppp("ppp0", "10.8.0.5");
        FakeRouteBackend routes;
        ProcessRunner runner;
        ConnectSession s(&vpn, &routes, &runner);
        QSignalSpy states(&s, &ConnectSession::stateChanged);
        s.setProfile(profile({prefix("10.10.0.0/16")}));
        QVERIFY(s.connectVpn());
        vpn.state = VpnState::Disconnected;
        s.poll();
        QCOMPARE(s.state(), ConnectSession::State::Failed);
        QVERIFY(routes.ours().isEmpty());
        QCOMPARE(s.lastError(), QStringLiteral("the VPN connection was lost"));
    }

    // A lookup that does not answer "via the tunnel" is reported, not hidden.
    void unverifiedRouteIsReported()
    {
        FakeVpnBackend vpn;
        vpn.tunnelInfo = ppp("ppp0", "10.8.0.5");
        FakeRouteBackend routes;
        SystemRoute specific; // a more specific route elsewhere wins the lookup
        specific.destination = prefix("10.10.0.0/24");
        specific.interface = QStringLiteral("eth0");
        specific.gateway = Ipv4Address::parse(u"192.168.1.254");
        routes.table.append(specific);
        ProcessRunner runner;
        ConnectSession s(&vpn, &routes, &runner);
        s.setProfile(profile({prefix("10.10.0.0/16")}));
        QVERIFY(s.connectVpn());
        QCOMPARE(s.verdicts().first().state, RouteVerdict::State::NotVerified);
        QCOMPARE(s.verdicts().first().detail,
                 QStringLiteral("a lookup of 10.10.0.1 answers via eth0, not the tunnel"));
    }
};

QTEST_GUILESS_MAIN(TestConnectSession)
#include "tst_connectsession.moc"
