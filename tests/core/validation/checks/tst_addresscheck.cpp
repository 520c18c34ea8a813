#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

class TestAddressCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        auto at = [](const char *address) -> TopologyEdit {
            return [address](Topology &t) { t.sites[1].publicAddress = QString::fromLatin1(address); };
        };
        const QStringList p{QStringLiteral("sites[1].publicAddress")};
        row("seed: documentation addresses", [](Topology &) {}, "public-address-documentation", 2,
            {"sites[0].publicAddress"}, "203.0.113.10 of site hq is a documentation address");
        row("seed: nothing private", [](Topology &) {}, "public-address-private", 0);
        row("seed: addresses valid", [](Topology &) {}, "invalid-address", 0);
        row("seed: addresses distinct", [](Topology &) {}, "duplicate-public-address", 0);

        row("TEST-NET-1", at("192.0.2.1"), "public-address-documentation", 2);
        row("public address is not documentation", at("8.8.8.8"), "public-address-documentation", 1);
        row("10/8", at("10.1.2.3"), "public-address-private", 1, p, "private (RFC 1918)");
        row("172.16/12", at("172.31.255.1"), "public-address-private", 1, p);
        row("172.32 is public", at("172.32.0.1"), "public-address-private", 0);
        row("192.168/16", at("192.168.1.1"), "public-address-private", 1, p);
        row("CGNAT 100.64/10", at("100.64.0.1"), "public-address-private", 1, p, "reserved range");
        row("loopback", at("127.0.0.1"), "public-address-private", 1, p, "reserved range");
        row("this network", at("0.0.0.0"), "public-address-private", 1, p);
        row("link-local", at("169.254.1.1"), "public-address-private", 1, p);
        row("multicast", at("224.0.0.5"), "public-address-private", 1, p);
        row("broadcast", at("255.255.255.255"), "public-address-private", 1, p);
        row("100.128 is public", at("100.128.0.1"), "public-address-private", 0);
        row("DNS name is fine", at("vpn.example.org"), "public-address-private", 0);

        row("DNS name valid", at("gw-1.branch.example.org"), "invalid-address", 0);
        row("single label", at("gateway"), "invalid-address", 0);
        row("broken IPv4", at("203.0.113.300"), "invalid-address", 1, p,
            "looks like an IPv4 address but is not one");
        row("leading zero IPv4", at("198.51.100.020"), "invalid-address", 1, p);
        row("underscore", at("my_gw.example.org"), "invalid-address", 1, p, "contains '_'");
        row("empty label", at("gw..example.org"), "invalid-address", 1, p, "empty label");
        row("label with dash at end", at("gw-.example.org"), "invalid-address", 1, p);
        row("label of 64", [](Topology &t) { t.sites[1].publicAddress = QString(64, u'a') + QStringLiteral(".org"); },
            "invalid-address", 1, p, "label of 64 characters");
        row("name of 253", [](Topology &t) {
                t.sites[1].publicAddress = QStringList(4, QString(62, u'a')).join(u'.') + QStringLiteral(".b");
            }, "invalid-address", 0);
        row("name of 254", [](Topology &t) {
                t.sites[1].publicAddress = QStringList(4, QString(62, u'a')).join(u'.') + QStringLiteral(".bc");
            }, "invalid-address", 1, p, "is 254 characters long");
        row("IDN not punycode", at("vpn.b\xc3\xbcro.example"), "invalid-address", 1, p);
        row("with port", at("vpn.example.org:4500"), "invalid-address", 1, p);
        row("URL", at("https://vpn.example.org"), "invalid-address", 1, p);

        row("same IPv4 twice", at("203.0.113.10"), "duplicate-public-address", 1,
            {"sites[0].publicAddress", "sites[1].publicAddress"},
            "sites hq and site-a have the same public address 203.0.113.10");
        row("same DNS name, other case",
            [](Topology &t) {
                t.sites[0].publicAddress = QStringLiteral("vpn.example.org");
                t.sites[1].publicAddress = QStringLiteral("VPN.Example.org");
            },
            "duplicate-public-address", 1);
        row("invalid addresses are not compared",
            [](Topology &t) {
                t.sites[0].publicAddress = QStringLiteral("a b");
                t.sites[1].publicAddress = QStringLiteral("a b");
            },
            "duplicate-public-address", 0);
    }

    void findings() { verifyFindingRow(); }
};

QTEST_GUILESS_MAIN(TestAddressCheck)
#include "tst_addresscheck.moc"
