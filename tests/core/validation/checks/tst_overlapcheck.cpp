#include "core/io/topologyreader.h"
#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

// lan-overlap, pool-overlaps-lan, pool-overlap: one sort-and-sweep, each
// overlapping prefix reported once against its nearest container.
class TestOverlapCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        const QString lan = QStringLiteral("lan-overlap");
        const QString poolLan = QStringLiteral("pool-overlaps-lan");
        const QString pools = QStringLiteral("pool-overlap");
        auto row = [](const char *name, TopologyEdit e, const QString &code, int count,
                      QStringList paths = {}, const QString &message = {}) {
            QTest::newRow(name) << e << code << count << paths << message;
        };
        const TopologyEdit none = [](Topology &) {};
        row("seed: no lan-overlap", none, lan, 0);
        row("seed: no pool-overlaps-lan", none, poolLan, 0);
        row("seed: no pool-overlap", none, pools, 0);

        row("gateway LAN inside hub LAN",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.10.20.0/24"}); }, lan, 1,
            {"sites[1].lans[0]", "sites[0].lans[0]"},
            "LAN 10.10.20.0/24 of site site-a lies inside LAN 10.10.0.0/16 of site hq");
        row("hub LAN inside gateway LAN",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.0.0.0/8"}); }, lan, 1,
            {"sites[0].lans[0]", "sites[1].lans[0]"}, "lies inside LAN 10.0.0.0/8 of site site-a");
        row("same LAN on two sites",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.10.0.0/16"}); }, lan, 1,
            {"sites[1].lans[0]", "sites[0].lans[0]"}, "is the same network as");
        row("same LAN written with host bits",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.10.7.7/16"}); }, lan, 1,
            {"sites[1].lans[0]", "sites[0].lans[0]"}, "is the same network as");
        row("duplicate LAN on one site",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.20.0.0/16", "10.20.0.0/16"}); }, lan,
            1, {"sites[1].lans[1]", "sites[1].lans[0]"}, "site site-a lists LAN 10.20.0.0/16 twice");
        row("nested LANs on one site",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.20.5.0/24", "10.20.0.0/16"}); }, lan,
            1, {"sites[1].lans[0]", "sites[1].lans[1]"}, "inside its own LAN 10.20.0.0/16");
        row("adjacent LANs do not overlap",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.11.0.0/16", "10.9.0.0/16"}); }, lan,
            0);
        row("last address of one next to first of other",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.9.255.255/32", "10.11.0.0/32"}); },
            lan, 0);
        row("single address LAN inside",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.10.255.255/32"}); }, lan, 1,
            {"sites[1].lans[0]", "sites[0].lans[0]"});
        row("chain of three: each once against nearest",
            [](Topology &t) {
                t.sites[1].lans = prefixes({"10.10.1.0/24"});
                t.sites.append(gateway(QStringLiteral("site-b"), {"10.10.1.128/25"}));
            },
            lan, 2);
        row("default route as LAN contains everything",
            [](Topology &t) { t.sites[1].lans = prefixes({"0.0.0.0/0"}); }, lan, 1,
            {"sites[0].lans[0]", "sites[1].lans[0]"});

        row("pool inside hub LAN",
            [](Topology &t) { t.sites[0].remoteAccess->pool = prefix("10.10.8.0/24"); }, poolLan,
            1, {"sites[0].remoteAccess.pool", "sites[0].lans[0]"},
            "client pool 10.10.8.0/24 of hub hq lies inside LAN 10.10.0.0/16 of site hq");
        row("gateway LAN inside pool",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.8.0.128/25"}); }, poolLan, 1,
            {"sites[1].lans[0]", "sites[0].remoteAccess.pool"},
            "LAN 10.8.0.128/25 of site site-a lies inside client pool 10.8.0.0/24 of hub hq");
        row("pool equal to gateway LAN",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.8.0.0/24"}); }, poolLan, 1, {},
            "is the same network as");
        row("pool next to LAN",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.8.1.0/24", "10.7.255.0/24"}); },
            poolLan, 0);
        row("pool inside a LAN of another hub's site",
            [](Topology &t) {
                t.sites.append(hub(QStringLiteral("hub2"), {"10.8.0.0/16"}, "10.30.0.0/24",
                                   "10.30.0.1"));
            },
            poolLan, 1, {"sites[0].remoteAccess.pool", "sites[2].lans[0]"});

        row("two hubs with the same pool",
            [](Topology &t) {
                t.sites.append(hub(QStringLiteral("hub2"), {"10.30.0.0/16"}, "10.8.0.0/24",
                                   "10.8.0.1"));
            },
            pools, 1, {"sites[2].remoteAccess.pool", "sites[0].remoteAccess.pool"},
            "client pool 10.8.0.0/24 of hub hub2 is the same network as client pool "
            "10.8.0.0/24 of hub hq");
        row("pool inside another pool",
            [](Topology &t) {
                t.sites.append(hub(QStringLiteral("hub2"), {"10.30.0.0/16"}, "10.8.0.64/26",
                                   "10.8.0.65"));
            },
            pools, 1, {"sites[2].remoteAccess.pool", "sites[0].remoteAccess.pool"});
        row("two hubs, separate pools",
            [](Topology &t) {
                t.sites.append(hub(QStringLiteral("hub2"), {"10.30.0.0/16"}, "10.9.0.0/24",
                                   "10.9.0.1"));
            },
            pools, 0);
    }

    void findings() { verifyFindingRow(); }

    void fixtureFileHasLanOverlap()
    {
        LoadError error;
        const auto t = TopologyReader::fromFile(
            QStringLiteral(ROUTESTUDIO_TEST_DATA "/invalid/overlap.topology.json"), &error);
        QVERIFY2(t, qPrintable(error.toString()));
        const QList<Finding> found = withCode(Validator::validate(*t), QStringLiteral("lan-overlap"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().objects, (QStringList{"branch", "hq"}));
    }

    void manyOverlapsStayLinear()
    {
        // 2,000 gateways all claiming LANs inside one hub LAN: one finding each.
        Topology t = seed();
        t.sites[0].lans = prefixes({"10.0.0.0/8"});
        t.sites[1].lans.clear();
        for (int i = 0; i < 2000; ++i) {
            Site s = gateway(QStringLiteral("g%1").arg(i), {});
            s.lans << Ipv4Prefix(Ipv4Address(0x0a000000u + quint32(i) * 256), 24);
            t.sites << s;
        }
        const QList<Finding> found = withCode(Validator::validate(t), QStringLiteral("lan-overlap"));
        QCOMPARE(found.size(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestOverlapCheck)
#include "tst_overlapcheck.moc"
