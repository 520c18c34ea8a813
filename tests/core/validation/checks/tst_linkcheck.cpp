#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

class TestLinkCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        auto addGateway = [](Topology &t) {
            t.sites.append(gateway(QStringLiteral("site-b"), {"10.30.0.0/16"}));
        };
        row("seed: no self link", [](Topology &) {}, "link-to-self", 0);
        row("link to itself", [](Topology &t) { t.links[0].to = QStringLiteral("hq"); }, "link-to-self",
            1, {"links[0].from", "links[0].to"}, "link hq-site-a connects site hq to itself");
        row("seed: hub link", [](Topology &) {}, "link-without-hub", 0);
        row("two gateways",
            [addGateway](Topology &t) {
                addGateway(t);
                t.links.append(link(QStringLiteral("a-b"), QStringLiteral("site-a"), QStringLiteral("site-b")));
            },
            "link-without-hub", 1, {"links[1]"}, "link a-b connects two gateways (site-a, site-b)");
        row("two hubs",
            [](Topology &t) {
                t.sites.append(hub(QStringLiteral("hub2"), {"10.40.0.0/16"}, nullptr, nullptr));
                t.links.append(link(QStringLiteral("hq-hub2"), QStringLiteral("hq"), QStringLiteral("hub2")));
            },
            "link-between-hubs", 1, {"links[1]"}, "link hq-hub2 connects two hubs");
        row("seed: one link per pair", [](Topology &) {}, "duplicate-link", 0);
        row("same pair, reversed",
            [](Topology &t) {
                t.links.append(link(QStringLiteral("again"), QStringLiteral("site-a"), QStringLiteral("hq")));
            },
            "duplicate-link", 1, {"links[0]", "links[1]"}, "links hq-site-a and again both connect");
        row("different pairs",
            [addGateway](Topology &t) {
                addGateway(t);
                t.links.append(link(QStringLiteral("hq-site-b"), QStringLiteral("hq"), QStringLiteral("site-b")));
            },
            "duplicate-link", 0);
        row("seed: ipsec link", [](Topology &) {}, "l2tp-needs-ikev1", 0);
        row("L2TP with IKEv2", [](Topology &t) { t.links[0].transport = Transport::L2tp; },
            "l2tp-needs-ikev1", 1, {"links[0].ike"}, "L2TP link with ikev2");
        row("L2TP with IKEv1",
            [](Topology &t) {
                t.links[0].transport = Transport::L2tp;
                t.links[0].ike = IkeVersion::Ikev1;
            },
            "l2tp-needs-ikev1", 0);
        auto l2tpTo = [](Platform p) {
            return [p](Topology &t) {
                t.links[0].transport = Transport::L2tp;
                t.links[0].ike = IkeVersion::Ikev1;
                t.sites[1].platform = p;
            };
        };
        row("seed: ipsec link has no L2TP end", [](Topology &) {}, "l2tp-link-unsupported", 0);
        row("L2TP from a Cisco gateway", l2tpTo(Platform::CiscoIos), "l2tp-link-unsupported", 1,
            {"links[0].transport", "sites[1].platform"}, "generates no L2TP link for cisco-ios (site site-a)");
        row("L2TP from a pfSense gateway", l2tpTo(Platform::Pfsense), "l2tp-link-unsupported", 1,
            {"links[0].transport", "sites[1].platform"}, "generates no L2TP link for pfsense (site site-a)");
        row("L2TP from a MikroTik gateway", l2tpTo(Platform::Mikrotik), "l2tp-link-unsupported", 0);
        row("L2TP to a Cisco hub",
            [](Topology &t) {
                t.links[0].transport = Transport::L2tp;
                t.links[0].ike = IkeVersion::Ikev1;
                t.sites[0].platform = Platform::CiscoIos;
            },
            "l2tp-link-unsupported", 1, {"links[0].transport", "sites[0].platform"}, "(site hq)");
        auto ikev1With = [](Platform hub, Platform gateway) {
            return [hub, gateway](Topology &t) {
                t.links[0].ike = IkeVersion::Ikev1;
                t.sites[0].platform = hub;
                t.sites[1].platform = gateway;
            };
        };
        row("IKEv1 linux hub, Cisco gateway", ikev1With(Platform::LinuxStrongswan, Platform::CiscoIos),
            "ikev1-selector-mismatch", 1, {"links[0].ike"},
            "between cisco-ios (site site-a, one 0.0.0.0/0 tunnel selector) and linux-strongswan (site hq");
        row("IKEv1 Cisco hub, MikroTik gateway", ikev1With(Platform::CiscoIos, Platform::Mikrotik),
            "ikev1-selector-mismatch", 1, {"links[0].ike"}, "set ike to ikev2");
        row("IKEv1 Cisco and pfSense (both 0/0)", ikev1With(Platform::CiscoIos, Platform::Pfsense),
            "ikev1-selector-mismatch", 0);
        row("IKEv1 between two linux sites", ikev1With(Platform::LinuxStrongswan, Platform::LinuxStrongswan),
            "ikev1-selector-mismatch", 0);
        row("IKEv2 linux hub, Cisco gateway",
            [](Topology &t) { t.sites[1].platform = Platform::CiscoIos; }, "ikev1-selector-mismatch", 0);
    }

    void findings() { verifyFindingRow(); }
};

QTEST_GUILESS_MAIN(TestLinkCheck)
#include "tst_linkcheck.moc"
