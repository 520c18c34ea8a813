#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

// Decision (docs/findings.md): host bits are an error, with the network offered.
class TestHostBitsCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        row("seed", [](Topology &) {}, "host-bits-set", 0);
        row("hub LAN", [](Topology &t) { t.sites[0].lans = prefixes({"10.10.0.1/16"}); },
            "host-bits-set", 1, {"sites[0].lans[0]"},
            "10.10.0.1/16 has host bits set; did you mean 10.10.0.0/16?");
        row("second LAN of a gateway",
            [](Topology &t) { t.sites[1].lans = prefixes({"10.20.0.0/16", "10.21.3.0/16"}); },
            "host-bits-set", 1, {"sites[1].lans[1]"}, "did you mean 10.21.0.0/16?");
        row("pool", [](Topology &t) { t.sites[0].remoteAccess->pool = prefix("10.8.0.1/24"); },
            "host-bits-set", 1, {"sites[0].remoteAccess.pool"}, "did you mean 10.8.0.0/24?");
        row("profile route", [](Topology &t) { t.profiles[0].routes[1] = prefix("10.20.1.1/16"); },
            "host-bits-set", 1, {"profiles[0].routes[1]"}, "did you mean 10.20.0.0/16?");
        row("/32 has no host bits", [](Topology &t) { t.sites[1].lans = prefixes({"10.20.1.1/32"}); },
            "host-bits-set", 0);
        row("/0 written as 0.0.0.0", [](Topology &t) { t.profiles[0].routes = prefixes({"0.0.0.0/0"}); },
            "host-bits-set", 0);
        row("/0 with an address", [](Topology &t) { t.profiles[0].routes = prefixes({"1.2.3.4/0"}); },
            "host-bits-set", 1, {"profiles[0].routes[0]"}, "did you mean 0.0.0.0/0?");
        row("last bit of a /31", [](Topology &t) { t.sites[1].lans = prefixes({"10.20.0.1/31"}); },
            "host-bits-set", 1, {}, "did you mean 10.20.0.0/31?");
    }

    void findings() { verifyFindingRow(); }
};

QTEST_GUILESS_MAIN(TestHostBitsCheck)
#include "tst_hostbitscheck.moc"
