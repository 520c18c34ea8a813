#include "core/io/exampletopology.h"
#include "core/io/topologyreader.h"
#include "core/routes/routetable.h"

#include <QTest>

namespace {

// "destination > peer (link)" for site routes, "destination > hub" for profiles.
QStringList describe(const QList<Route> &routes)
{
    QStringList out;
    for (const Route &r : routes) {
        out << (r.boxKind == Route::BoxKind::Site
                    ? QStringLiteral("%1 > %2 (%3)").arg(r.destination.toString(), r.peer, r.link)
                    : QStringLiteral("%1 > %2").arg(r.destination.toString(), r.peer));
    }
    return out;
}

Topology threeGateways()
{
    LoadError error;
    const auto t = TopologyReader::fromFile(
        QStringLiteral(ROUTESTUDIO_TEST_DATA "/validation/three-gateways.topology.json"), &error);
    if (!t)
        qFatal("%s", qPrintable(error.toString()));
    return *t;
}

} // namespace

class TestRouteTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seed_data()
    {
        QTest::addColumn<bool>("profile");
        QTest::addColumn<QString>("box");
        QTest::addColumn<QStringList>("routes");
        QTest::newRow("hq") << false << "hq" << QStringList{"10.20.0.0/16 > site-a (hq-site-a)"};
        QTest::newRow("site-a") << false << "site-a"
                                << QStringList{"10.10.0.0/16 > hq (hq-site-a)",
                                               "10.8.0.0/24 > hq (hq-site-a)"};
        QTest::newRow("staff") << true << "staff"
                               << QStringList{"10.10.0.0/16 > hq", "10.20.0.0/16 > hq"};
    }

    void seed()
    {
        QFETCH(bool, profile);
        QFETCH(QString, box);
        QFETCH(QStringList, routes);
        const RouteTable table = RouteTable::build(ExampleTopology::topology());
        QCOMPARE(describe(profile ? table.forProfile(box) : table.forSite(box)), routes);
        QCOMPARE(table.routes().size(), 5);
    }

    void seedRouteDetails()
    {
        const RouteTable table = RouteTable::build(ExampleTopology::topology());
        const Route hq = table.forSite(QStringLiteral("hq")).first();
        QCOMPARE(hq.via, Route::Via::Link);
        QCOMPARE(hq.transport, Transport::Ipsec);
        QVERIFY(hq.reason.contains(QStringLiteral("site-a")));
        const Route staff = table.forProfile(QStringLiteral("staff")).first();
        QCOMPARE(staff.via, Route::Via::ClientTunnel);
        QCOMPARE(staff.transport, Transport::L2tp);
    }

    void threeGateways_data()
    {
        QTest::addColumn<bool>("profile");
        QTest::addColumn<QString>("box");
        QTest::addColumn<QStringList>("routes");
        QTest::newRow("hub: every gateway's LANs over its own link")
            << false << "hub"
            << QStringList{"10.11.0.0/16 > gw-a (hub-gw-a)", "10.12.0.0/16 > gw-b (hub-gw-b)",
                           "10.13.0.0/24 > gw-b (hub-gw-b)", "10.14.0.0/16 > gw-c (gw-c-hub)"};
        QTest::newRow("gw-a: hub LANs, other gateways' LANs, the pool")
            << false << "gw-a"
            << QStringList{"10.0.0.0/16 > hub (hub-gw-a)", "10.1.0.0/24 > hub (hub-gw-a)",
                           "10.12.0.0/16 > hub (hub-gw-a)", "10.13.0.0/24 > hub (hub-gw-a)",
                           "10.14.0.0/16 > hub (hub-gw-a)", "10.99.0.0/24 > hub (hub-gw-a)"};
        QTest::newRow("gw-c dials over L2TP, link written gateway first")
            << false << "gw-c"
            << QStringList{"10.0.0.0/16 > hub (gw-c-hub)", "10.1.0.0/24 > hub (gw-c-hub)",
                           "10.11.0.0/16 > hub (gw-c-hub)", "10.12.0.0/16 > hub (gw-c-hub)",
                           "10.13.0.0/24 > hub (gw-c-hub)", "10.99.0.0/24 > hub (gw-c-hub)"};
        QTest::newRow("split profile with empty routes: every reachable LAN")
            << true << "staff"
            << QStringList{"10.0.0.0/16 > hub", "10.1.0.0/24 > hub", "10.11.0.0/16 > hub",
                           "10.12.0.0/16 > hub", "10.13.0.0/24 > hub", "10.14.0.0/16 > hub"};
        QTest::newRow("split profile with routes: exactly those")
            << true << "admins"
            << QStringList{"10.0.0.0/16 > hub", "10.12.0.0/16 > hub", "10.13.0.0/24 > hub"};
    }

    void threeGateways()
    {
        QFETCH(bool, profile);
        QFETCH(QString, box);
        QFETCH(QStringList, routes);
        const RouteTable table = RouteTable::build(::threeGateways());
        QCOMPARE(describe(profile ? table.forProfile(box) : table.forSite(box)), routes);
    }

    void l2tpGatewayRoutesUseTheL2tpTransport()
    {
        const RouteTable table = RouteTable::build(::threeGateways());
        for (const Route &r : table.forSite(QStringLiteral("gw-c")))
            QCOMPARE(r.transport, Transport::L2tp);
    }

    void fullTunnelRoutesEverything()
    {
        Topology t = ExampleTopology::topology();
        t.profiles[0].tunnel = TunnelMode::Full;
        const QList<Route> r = RouteTable::build(t).forProfile(QStringLiteral("staff"));
        QCOMPARE(describe(r), QStringList{"0.0.0.0/0 > hq"});
    }

    void linksWithoutExactlyOneHubGiveNoRoutes_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("gateway to gateway") << "site-a" << "site-b";
        QTest::newRow("hub to hub") << "hq" << "hub2";
        QTest::newRow("unknown site") << "hq" << "nowhere";
        QTest::newRow("to itself") << "hq" << "hq";
    }

    void linksWithoutExactlyOneHubGiveNoRoutes()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        Topology t = ExampleTopology::topology();
        Site b = t.sites[1];
        b.id = QStringLiteral("site-b");
        b.lans = {*Ipv4Prefix::parse(QStringLiteral("10.30.0.0/16"))};
        Site hub2 = t.sites[0];
        hub2.id = QStringLiteral("hub2");
        hub2.lans = {*Ipv4Prefix::parse(QStringLiteral("10.40.0.0/16"))};
        hub2.remoteAccess.reset();
        t.sites << b << hub2;
        t.links[0].from = from;
        t.links[0].to = to;
        const RouteTable table = RouteTable::build(t);
        for (const Route &r : table.routes())
            QCOMPARE(r.boxKind, Route::BoxKind::Profile);
    }

    void hostBitsAreNormalised()
    {
        Topology t = ExampleTopology::topology();
        t.sites[1].lans = {*Ipv4Prefix::parse(QStringLiteral("10.20.1.1/16"))};
        QCOMPARE(describe(RouteTable::build(t).forSite(QStringLiteral("hq"))),
                 QStringList{"10.20.0.0/16 > site-a (hq-site-a)"});
    }
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_routetable.moc"
