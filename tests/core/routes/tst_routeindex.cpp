#include "core/model/topologyindex.h"
#include "core/routes/routetable.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <utility>
#include <vector>

// The route table at fleet scale (issue 13): per-box questions answered from
// an index, and a gateway's routes to its hub written with the fewest prefixes
// that cover exactly the addresses of the prefixes it routes.
namespace {

using Ranges = std::vector<std::pair<quint64, quint64>>;

Ipv4Prefix prefix(const char *text) { return *Ipv4Prefix::parse(QString::fromLatin1(text)); }

// Sorted, merged address ranges (adjacent ones joined).
Ranges cover(const QList<Ipv4Prefix> &prefixes)
{
    Ranges all;
    for (const Ipv4Prefix &p : prefixes)
        all.emplace_back(p.first(), p.last());
    std::sort(all.begin(), all.end());
    Ranges out;
    for (const auto &r : all) {
        if (!out.empty() && r.first <= out.back().second + 1)
            out.back().second = std::max(out.back().second, r.second);
        else
            out.push_back(r);
    }
    return out;
}

Site site(const QString &id, SiteRole role, const QList<Ipv4Prefix> &lans)
{
    Site s;
    s.id = id;
    s.name = id;
    s.role = role;
    s.publicAddress = id + QStringLiteral(".example.net");
    s.lans = lans;
    return s;
}

void link(Topology *t, const QString &from, const QString &to, const QString &id)
{
    Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.transport = Transport::L2tp;
    l.secret = id;
    t->links << l;
}

// A hub with LAN 192.168.0.0/24 and pool 172.16.0.0/24, and `n` gateways
// numbered 10.1.0.0/24, 10.1.1.0/24, ...
Topology fleet(int n)
{
    Topology t;
    Site hub = site(QStringLiteral("hub"), SiteRole::Hub, {prefix("192.168.0.0/24")});
    RemoteAccess ra;
    ra.pool = prefix("172.16.0.0/24");
    ra.localAddress = Ipv4Address(ra.pool.first() + 1);
    hub.remoteAccess = ra;
    t.sites << hub;
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("gw-%1").arg(i);
        t.sites << site(id, SiteRole::Gateway,
                        {Ipv4Prefix(Ipv4Address(0x0a010000u + quint32(i) * 256), 24)});
        link(&t, id, QStringLiteral("hub"), QStringLiteral("l-%1").arg(i));
    }
    return t;
}

// What the gateway must route: the hub's LANs and pool, every other gateway's LANs.
QList<Ipv4Prefix> expectedFor(const Topology &t, const QString &gateway)
{
    QList<Ipv4Prefix> out;
    for (const Site &s : t.sites) {
        if (s.id != gateway)
            out += s.lans;
        if (s.remoteAccess)
            out << s.remoteAccess->pool;
    }
    return out;
}

QStringList texts(const QList<Ipv4Prefix> &prefixes)
{
    QStringList out;
    for (const Ipv4Prefix &p : prefixes)
        out << p.toString();
    return out;
}

} // namespace

class TestRouteIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 64 gateways: each routes 2 + 6 prefixes (10.1.0.0/18 without its own /24),
    // not 65. The route table of a numbered fleet grows as n log n, not n squared.
    void numberedFleetIsWrittenShort()
    {
        const Topology t = fleet(64);
        const RouteTable table = RouteTable::build(t);
        QCOMPARE(texts(table.destinations(QStringLiteral("gw-5"), QStringLiteral("l-5"))),
                 (QStringList{"192.168.0.0/24", "10.1.0.0/22", "10.1.4.0/24", "10.1.6.0/23",
                              "10.1.8.0/21", "10.1.16.0/20", "10.1.32.0/19", "172.16.0.0/24"}));
        for (int i = 0; i < 64; ++i) {
            const QString gw = QStringLiteral("gw-%1").arg(i);
            QVERIFY(table.forSite(gw).size() <= 8);
        }
        QCOMPARE(table.forSite(QStringLiteral("hub")).size(), 64);
    }

    // A split profile without routes reaches every LAN through the hub: the
    // fleet's 64 LANs are one prefix for its clients, the pool is not routed.
    void splitProfileRoutesTheFleetShort()
    {
        Topology t = fleet(64);
        Profile p;
        p.id = QStringLiteral("staff");
        p.hub = QStringLiteral("hub");
        t.profiles << p;
        const RouteTable table = RouteTable::build(t);
        QStringList got;
        for (const Route &r : table.forProfile(QStringLiteral("staff")))
            got << r.destination.toString();
        QCOMPARE(got, (QStringList{"192.168.0.0/24", "10.1.0.0/18"}));
        QVERIFY(cover(RouteTable::reachableThroughHub(t, QStringLiteral("hub")))
                == cover({prefix("192.168.0.0/24"), prefix("10.1.0.0/18")}));
    }

    void mergedRouteSaysWhatItHolds()
    {
        const RouteTable table = RouteTable::build(fleet(4));
        const QList<Route> routes = table.forSite(QStringLiteral("gw-0"));
        // 10.1.1.0/24 (alone: its buddy is gw-0's own) and 10.1.2.0/23 (two LANs).
        QCOMPARE(routes.size(), 4);
        QCOMPARE(routes[0].reason, QStringLiteral("LAN of hub hub"));
        QCOMPARE(routes[1].destination.toString(), QStringLiteral("10.1.1.0/24"));
        QCOMPARE(routes[1].reason, QStringLiteral("LAN of gw-1, reached through hub hub"));
        QCOMPARE(routes[2].destination.toString(), QStringLiteral("10.1.2.0/23"));
        QCOMPARE(routes[2].reason,
                 QStringLiteral("2 neighbouring prefixes reached through hub hub, as one route"));
        QCOMPARE(routes[3].reason, QStringLiteral("remote-access client pool of hub hub"));
    }

    // Random fleets of mixed sizes, with gaps: every gateway's routes cover
    // exactly the addresses of what it must route, never its own LAN alone.
    void coversExactlyWhatIsRouted()
    {
        QRandomGenerator rng(13);
        for (int round = 0; round < 40; ++round) {
            Topology t = fleet(0);
            quint32 at = 0x0a000000u;
            const int n = 1 + int(rng.bounded(40));
            for (int i = 0; i < n; ++i) {
                const QString id = QStringLiteral("gw-%1").arg(i);
                QList<Ipv4Prefix> lans;
                for (int k = int(rng.bounded(3)); k >= 0; --k) {
                    const int length = 22 + int(rng.bounded(9));
                    const quint32 size = 1u << (32 - length);
                    at = (at + size - 1) / size * size; // aligned
                    if (rng.bounded(3) == 0)
                        at += size; // a gap
                    lans << Ipv4Prefix(Ipv4Address(at), length);
                    at += size;
                }
                t.sites << site(id, SiteRole::Gateway, lans);
                link(&t, id, QStringLiteral("hub"), QStringLiteral("l-%1").arg(i));
            }
            const RouteTable table = RouteTable::build(t);
            for (int i = 0; i < n; ++i) {
                const QString gw = QStringLiteral("gw-%1").arg(i);
                const QList<Ipv4Prefix> got = table.destinations(gw, QStringLiteral("l-%1").arg(i));
                QVERIFY(cover(got) == cover(expectedFor(t, gw)));
                for (int a = 0; a < got.size(); ++a) { // disjoint: no address routed twice
                    for (int b = a + 1; b < got.size(); ++b)
                        QVERIFY(!got[a].overlaps(got[b]));
                }
            }
        }
    }

    // Overlapping LANs are a validation error, but `routes` still shows a table:
    // a gateway whose LAN holds another's still routes that other LAN.
    void nestedLansStayRouted()
    {
        Topology t = fleet(0);
        t.sites << site(QStringLiteral("big"), SiteRole::Gateway, {prefix("10.0.0.0/16")});
        t.sites << site(QStringLiteral("small"), SiteRole::Gateway, {prefix("10.0.5.0/24")});
        t.sites << site(QStringLiteral("twin"), SiteRole::Gateway, {prefix("10.0.5.0/24")});
        link(&t, QStringLiteral("big"), QStringLiteral("hub"), QStringLiteral("l-big"));
        link(&t, QStringLiteral("small"), QStringLiteral("hub"), QStringLiteral("l-small"));
        link(&t, QStringLiteral("twin"), QStringLiteral("hub"), QStringLiteral("l-twin"));
        const RouteTable table = RouteTable::build(t);
        for (const QString &gw : {QStringLiteral("big"), QStringLiteral("small"),
                                  QStringLiteral("twin")}) {
            QVERIFY2(cover(table.destinations(gw, QStringLiteral("l-") + gw))
                         == cover(expectedFor(t, gw)),
                     qPrintable(gw));
        }
    }

    void forLinkMatchesForSite()
    {
        Topology t = fleet(3);
        link(&t, QStringLiteral("gw-1"), QStringLiteral("hub"), QStringLiteral("second"));
        const RouteTable table = RouteTable::build(t);
        for (const QString &box : {QStringLiteral("hub"), QStringLiteral("gw-1")}) {
            QHash<QString, QStringList> byLink;
            for (const Route &r : table.forSite(box))
                byLink[r.link] << r.destination.toString();
            for (auto it = byLink.cbegin(); it != byLink.cend(); ++it) {
                QStringList viaForLink;
                for (const Route &r : table.forLink(box, it.key()))
                    viaForLink << r.destination.toString();
                QCOMPARE(viaForLink, it.value());
                QCOMPARE(texts(table.destinations(box, it.key())), it.value());
            }
        }
        QVERIFY(table.forSite(QStringLiteral("nowhere")).isEmpty());
        QVERIFY(table.forLink(QStringLiteral("hub"), QStringLiteral("nowhere")).isEmpty());
        QCOMPARE(table.forSite(QStringLiteral("gw-1")).size(), 2 * 4); // both links, same routes
    }

    void topologyIndexAnswersPerSite()
    {
        Topology t = fleet(2);
        link(&t, QStringLiteral("gw-0"), QStringLiteral("gw-0"), QStringLiteral("self"));
        t.sites << site(QStringLiteral("gw-0"), SiteRole::Hub, {}); // a duplicate id
        Profile p;
        p.id = QStringLiteral("staff");
        p.hub = QStringLiteral("hub");
        t.profiles << p;
        const TopologyIndex index(t);
        QCOMPARE(index.site(QStringLiteral("gw-0")), &t.sites[1]); // the first wins
        QCOMPARE(index.site(QStringLiteral("none")), nullptr);
        QCOMPARE(index.linksOf(QStringLiteral("hub")).size(), 2);
        QCOMPARE(index.linksOf(QStringLiteral("hub")).at(1), &t.links[1]); // file order
        QCOMPARE(index.linksOf(QStringLiteral("gw-0")).size(), 2); // l-0 and self, once
        QVERIFY(index.linksOf(QStringLiteral("none")).isEmpty());
        QCOMPARE(index.profilesOf(QStringLiteral("hub")).size(), 1);
        QVERIFY(index.profilesOf(QStringLiteral("gw-1")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRouteIndex)
#include "tst_routeindex.moc"
