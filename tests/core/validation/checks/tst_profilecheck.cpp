#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

class TestProfileCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        auto routes = [](std::initializer_list<const char *> r) -> TopologyEdit {
            const QList<Ipv4Prefix> list = prefixes(r);
            return [list](Topology &t) { t.profiles[0].routes = list; };
        };
        const QStringList r0{QStringLiteral("profiles[0].routes[0]")};
        row("seed: routes covered", [](Topology &) {}, "route-not-covered", 0);
        row("route to nowhere", routes({"10.30.0.0/16"}), "route-not-covered", 1, r0,
            "route 10.30.0.0/16 of profile staff is not covered by a LAN of hub hq or of a gateway "
            "linked to it");
        row("part of a LAN", routes({"10.20.4.0/24"}), "route-not-covered", 0);
        row("wider than the LAN", routes({"10.0.0.0/8"}), "route-not-covered", 1, r0);
        row("the pool is no LAN", routes({"10.8.0.0/24"}), "route-not-covered", 1, r0);
        row("two adjacent LANs cover their union",
            [](Topology &t) {
                t.sites[1].lans = prefixes({"10.11.0.0/16"});
                t.profiles[0].routes = prefixes({"10.10.0.0/15"});
            },
            "route-not-covered", 0);
        row("LAN of a gateway not linked to the hub",
            [](Topology &t) {
                t.links.clear();
                t.profiles[0].routes = prefixes({"10.10.0.0/16", "10.20.0.0/16"});
            },
            "route-not-covered", 1, {"profiles[0].routes[1]"});
        row("LAN of a gateway linked to another hub",
            [](Topology &t) {
                t.sites.append(hub(QStringLiteral("hub2"), {"10.40.0.0/16"}, "10.41.0.0/24", "10.41.0.1"));
                t.sites.append(gateway(QStringLiteral("site-c"), {"10.50.0.0/16"}));
                t.links.append(link(QStringLiteral("hub2-site-c"), QStringLiteral("hub2"), QStringLiteral("site-c")));
                t.profiles[0].routes = prefixes({"10.50.0.0/16"});
            },
            "route-not-covered", 1, r0);
        row("empty split routes: default is covered", routes({}), "route-not-covered", 0);
        row("full tunnel routes not checked for coverage",
            [](Topology &t) {
                t.profiles[0].tunnel = TunnelMode::Full;
                t.profiles[0].routes = prefixes({"10.30.0.0/16"});
            },
            "route-not-covered", 0);

        row("seed: split", [](Topology &) {}, "full-tunnel-with-routes", 0);
        row("full with routes", [](Topology &t) { t.profiles[0].tunnel = TunnelMode::Full; },
            "full-tunnel-with-routes", 1, {"profiles[0].routes"}, "lists 2 route(s), which are ignored");
        row("full without routes",
            [](Topology &t) {
                t.profiles[0].tunnel = TunnelMode::Full;
                t.profiles[0].routes.clear();
            },
            "full-tunnel-with-routes", 0);

        row("seed: hub is a hub", [](Topology &) {}, "profile-hub-not-hub", 0);
        row("profile on a gateway", [](Topology &t) { t.profiles[0].hub = QStringLiteral("site-a"); },
            "profile-hub-not-hub", 1, {"profiles[0].hub", "sites[1].role"},
            "profile staff connects to site site-a, which is a gateway");
        row("seed: no legacyProposals", [](Topology &) {}, "invalid-legacy-proposals", 0);
        row("legacyProposals true", [](Topology &t) { t.profiles[0].extra.insert("legacyProposals", true); },
            "invalid-legacy-proposals", 0);
        row("legacyProposals a string",
            [](Topology &t) { t.profiles[0].extra.insert("legacyProposals", QStringLiteral("yes")); },
            "invalid-legacy-proposals", 1, {"profiles[0].legacyProposals"},
            "profile staff: legacyProposals must be true or false");
        row("seed: hub has remote access", [](Topology &) {}, "hub-without-remote-access", 0);
        row("hub without remote access", [](Topology &t) { t.sites[0].remoteAccess.reset(); },
            "hub-without-remote-access", 1, {"profiles[0].hub", "sites[0]"},
            "profile staff connects to hub hq, which has no remoteAccess");
        row("L2TP link to hub without remote access",
            [](Topology &t) {
                t.profiles.clear();
                t.sites[0].remoteAccess.reset();
                t.links[0].transport = Transport::L2tp;
                t.links[0].ike = IkeVersion::Ikev1;
            },
            "hub-without-remote-access", 1, {"links[0].transport", "sites[0]"},
            "link hq-site-a dials hub hq over L2TP");
        row("IPsec link needs no remote access",
            [](Topology &t) {
                t.profiles.clear();
                t.sites[0].remoteAccess.reset();
            },
            "hub-without-remote-access", 0);

        row("seed: users", [](Topology &) {}, "profile-without-users", 0);
        row("no users", [](Topology &t) { t.profiles[0].users.clear(); }, "profile-without-users", 1,
            {"profiles[0].users"});
        row("seed: users distinct", [](Topology &) {}, "duplicate-user", 0);
        row("user twice", [](Topology &t) { t.profiles[0].users << QStringLiteral("alice"); },
            "duplicate-user", 1, {"profiles[0].users[0]", "profiles[0].users[2]"});
        row("same user in two profiles is fine",
            [](Topology &t) {
                Profile p = t.profiles[0];
                p.id = QStringLiteral("admins");
                t.profiles << p;
            },
            "duplicate-user", 0);

        row("seed: one profile", [](Topology &) {}, "psk-conflict", 0);
        row("two profiles, one PSK",
            [](Topology &t) {
                Profile p = t.profiles[0];
                p.id = QStringLiteral("admins");
                t.profiles << p;
            },
            "psk-conflict", 0);
        row("two profiles, two PSKs",
            [](Topology &t) {
                Profile p = t.profiles[0];
                p.id = QStringLiteral("admins");
                p.secret = QStringLiteral("other-psk");
                t.profiles << p;
            },
            "psk-conflict", 1, {"profiles[0].secret", "profiles[1].secret"},
            "profiles staff and admins of hub hq use different pre-shared keys");
        row("two PSKs on two hubs",
            [](Topology &t) {
                t.sites.append(hub(QStringLiteral("hub2"), {"10.40.0.0/16"}, "10.41.0.0/24", "10.41.0.1"));
                Profile p = t.profiles[0];
                p.id = QStringLiteral("admins");
                p.hub = QStringLiteral("hub2");
                p.routes.clear();
                p.secret = QStringLiteral("other-psk");
                t.profiles << p;
            },
            "psk-conflict", 0);
    }

    void findings() { verifyFindingRow(); }
};

QTEST_GUILESS_MAIN(TestProfileCheck)
#include "tst_profilecheck.moc"
