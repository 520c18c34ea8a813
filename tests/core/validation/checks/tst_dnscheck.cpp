#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

class TestDnsCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        auto dns = [](std::initializer_list<const char *> list) -> TopologyEdit {
            QList<Ipv4Address> a;
            for (const char *s : list)
                a << address(s);
            return [a](Topology &t) { t.sites[0].remoteAccess->dns = a; };
        };
        row("seed: 10.10.0.53 is in a routed LAN", [](Topology &) {}, "dns-not-routed", 0);
        row("private DNS outside the routes", dns({"10.10.0.53", "192.168.1.1"}), "dns-not-routed", 1,
            {"sites[0].remoteAccess.dns[1]", "profiles[0].routes"},
            "DNS server 192.168.1.1 of hub hq is not inside any route of split profile staff");
        row("public DNS goes outside, that works", dns({"9.9.9.9"}), "dns-not-routed", 0);
        row("the server's PPP address is the link peer", dns({"10.8.0.1"}), "dns-not-routed", 0);
        row("another pool address is not routed", dns({"10.8.0.2"}), "dns-not-routed", 1);
        row("in a LAN the routes leave out",
            [](Topology &t) { t.profiles[0].routes = prefixes({"10.20.0.0/16"}); }, "dns-not-routed", 1,
            {"sites[0].remoteAccess.dns[0]", "profiles[0].routes"});
        row("empty routes: every reachable LAN",
            [](Topology &t) { t.profiles[0].routes.clear(); }, "dns-not-routed", 0);
        row("full tunnel routes everything",
            [](Topology &t) {
                t.profiles[0].tunnel = TunnelMode::Full;
                t.profiles[0].routes = prefixes({"10.20.0.0/16"});
            },
            "dns-not-routed", 0);
        row("one finding per profile",
            [](Topology &t) {
                t.profiles[0].routes = prefixes({"10.20.0.0/16"});
                Profile p = t.profiles[0];
                p.id = QStringLiteral("admins");
                t.profiles << p;
            },
            "dns-not-routed", 2);
    }

    void findings() { verifyFindingRow(); }
};

QTEST_GUILESS_MAIN(TestDnsCheck)
#include "tst_dnscheck.moc"
