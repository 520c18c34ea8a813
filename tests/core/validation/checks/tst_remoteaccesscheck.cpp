#include "core/validation/poolrange.h"
#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

class TestRemoteAccessCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        auto local = [](const char *a) -> TopologyEdit {
            return [a](Topology &t) { t.sites[0].remoteAccess->localAddress = address(a); };
        };
        auto pool = [](const char *p, const char *a) -> TopologyEdit {
            return [p, a](Topology &t) {
                t.sites[0].remoteAccess->pool = prefix(p);
                t.sites[0].remoteAccess->localAddress = address(a);
            };
        };
        const QStringList lp{QStringLiteral("sites[0].remoteAccess.localAddress"),
                             QStringLiteral("sites[0].remoteAccess.pool")};
        row("seed: server address in pool", [](Topology &) {}, "local-address-in-pool", 1, lp,
            "the PPP address 10.8.0.1 of hub hq lies inside pool 10.8.0.0/24; it is excluded from "
            "the range handed to clients: 10.8.0.2-10.8.0.254");
        row("in the middle: two ranges", local("10.8.0.100"), "local-address-in-pool", 1, lp,
            "10.8.0.1-10.8.0.99 and 10.8.0.101-10.8.0.254");
        row("last usable", local("10.8.0.254"), "local-address-in-pool", 1, lp,
            "clients: 10.8.0.1-10.8.0.253");
        row("outside the pool", local("10.9.0.1"), "local-address-in-pool", 0);
        row("seed: usable", [](Topology &) {}, "local-address-not-usable", 0);
        row("network address", local("10.8.0.0"), "local-address-not-usable", 1, lp,
            "is the network address of pool 10.8.0.0/24; use a host address such as 10.8.0.1");
        row("broadcast address", local("10.8.0.255"), "local-address-not-usable", 1, lp,
            "is the broadcast address");
        row("not usable is not also in-pool", local("10.8.0.0"), "local-address-in-pool", 0);
        row("/31 has no network address", pool("10.8.0.0/31", "10.8.0.0"), "local-address-not-usable", 0);
        row("seed: not in a LAN", [](Topology &) {}, "local-address-in-lan", 0);
        row("in the hub's LAN", local("10.10.0.1"), "local-address-in-lan", 1,
            {"sites[0].remoteAccess.localAddress", "sites[0].lans[0]"},
            "the PPP address 10.10.0.1 of hub hq lies inside LAN 10.10.0.0/16 of site hq");
        row("in a gateway's LAN", local("10.20.255.254"), "local-address-in-lan", 1,
            {"sites[0].remoteAccess.localAddress", "sites[1].lans[0]"});
        row("next to a LAN", local("10.21.0.0"), "local-address-in-lan", 0);

        row("seed: pool large enough", [](Topology &) {}, "pool-too-small", 0);
        // /30: 4 addresses - network - broadcast - server = 1 for 2 users.
        row("/30 with server inside for 2 users", pool("10.8.0.0/30", "10.8.0.1"), "pool-too-small", 1,
            {"sites[0].remoteAccess.pool"},
            "pool 10.8.0.0/30 of hub hq has 1 usable client address(es) (10.8.0.2) but 2 user(s) "
            "and L2TP gateway(s) may connect; use a larger pool, e.g. /29");
        row("/30 with server outside for 2 users", pool("10.8.0.0/30", "10.9.0.1"), "pool-too-small", 0);
        row("/29 with server inside", pool("10.8.0.0/29", "10.8.0.1"), "pool-too-small", 0);
        row("users of all profiles, each counted once",
            [](Topology &t) {
                t.sites[0].remoteAccess->pool = prefix("10.8.0.0/30");
                t.sites[0].remoteAccess->localAddress = address("10.9.0.1");
                Profile p = t.profiles[0];
                p.id = QStringLiteral("admins");
                p.users = {QStringLiteral("alice"), QStringLiteral("carol")};
                t.profiles << p;
            },
            "pool-too-small", 1, {}, "has 2 usable client address(es) (10.8.0.1-10.8.0.2) but 3 user(s)");
        row("L2TP gateways take a pool address too",
            [](Topology &t) {
                t.sites[0].remoteAccess->pool = prefix("10.8.0.0/30");
                t.sites[0].remoteAccess->localAddress = address("10.9.0.1");
                t.links[0].transport = Transport::L2tp;
            },
            "pool-too-small", 1, {}, "but 3 user(s)");
        row("profiles of another hub do not count",
            [](Topology &t) {
                t.sites[0].remoteAccess->pool = prefix("10.8.0.0/30");
                t.sites[0].remoteAccess->localAddress = address("10.9.0.1");
                t.sites.append(hub(QStringLiteral("hub2"), {"10.30.0.0/16"}, "10.31.0.0/24", "10.31.0.1"));
                t.profiles[0].users << QStringLiteral("carol");
                t.profiles[0].hub = QStringLiteral("hub2");
            },
            "pool-too-small", 0);

        row("seed: remote access on the hub", [](Topology &) {}, "remote-access-on-gateway", 0);
        row("remote access on a gateway",
            [](Topology &t) {
                RemoteAccess ra;
                ra.pool = prefix("10.9.0.0/24");
                ra.localAddress = address("10.9.0.1");
                t.sites[1].remoteAccess = ra;
            },
            "remote-access-on-gateway", 1, {"sites[1].remoteAccess"}, "site site-a is a gateway");
    }

    void findings() { verifyFindingRow(); }

    void poolRange_data()
    {
        QTest::addColumn<QString>("pool");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint64>("usable");
        QTest::newRow("server first") << "10.8.0.0/24" << "10.8.0.1" << "10.8.0.2-10.8.0.254" << quint64(253);
        QTest::newRow("server outside") << "10.8.0.0/24" << "10.9.0.1" << "10.8.0.1-10.8.0.254" << quint64(254);
        QTest::newRow("server network") << "10.8.0.0/24" << "10.8.0.0" << "10.8.0.1-10.8.0.254" << quint64(254);
        QTest::newRow("/30, server inside") << "10.8.0.0/30" << "10.8.0.2" << "10.8.0.1" << quint64(1);
        QTest::newRow("/31 uses both") << "10.8.0.0/31" << "10.9.0.1" << "10.8.0.0-10.8.0.1" << quint64(2);
        QTest::newRow("/32, server is it") << "10.8.0.7/32" << "10.8.0.7" << "none" << quint64(0);
        QTest::newRow("/16") << "10.8.0.0/16" << "10.8.0.1" << "10.8.0.2-10.8.255.254" << quint64(65533);
    }

    void poolRange()
    {
        QFETCH(QString, pool);
        QFETCH(QString, server);
        QFETCH(QString, text);
        QFETCH(quint64, usable);
        const PoolRange r(*Ipv4Prefix::parse(pool), *Ipv4Address::parse(server));
        QCOMPARE(r.text(), text);
        QCOMPARE(r.usable(), usable);
    }

    void lengthFor_data()
    {
        QTest::addColumn<quint64>("clients");
        QTest::addColumn<int>("length");
        QTest::newRow("1") << quint64(1) << 30;
        QTest::newRow("2") << quint64(2) << 29;
        QTest::newRow("5") << quint64(5) << 29;
        QTest::newRow("6") << quint64(6) << 28;
        QTest::newRow("253") << quint64(253) << 24;
        QTest::newRow("254") << quint64(254) << 23;
    }

    void lengthFor()
    {
        QFETCH(quint64, clients);
        QFETCH(int, length);
        QCOMPARE(PoolRange::lengthFor(clients), length);
    }
};

QTEST_GUILESS_MAIN(TestRemoteAccessCheck)
#include "tst_remoteaccesscheck.moc"
