#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

class TestMtuCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        auto mtu = [](std::optional<int> v) -> TopologyEdit { return [v](Topology &t) { t.mtu = v; }; };
        row("seed 1400 fits", mtu(1400), "mtu-too-large", 0);
        row("no mtu", mtu(std::nullopt), "mtu-too-large", 0);
        // AES-256-CBC/SHA-256 with NAT-T: wire = 68 + roundUp(mtu + 22, 16).
        // 1402: 1424 -> 1492 (fits); 1403: 8+8+4+1403+2 = 1425 -> 1440 -> 1508.
        row("1402 is the largest that fits", mtu(1402), "mtu-too-large", 0);
        row("1403 does not fit", mtu(1403), "mtu-too-large", 1, {"mtu"},
            "= 1425, padded to 1440] + 16 ICV = 1508 bytes, more than 1500");
        row("1500", mtu(1500), "mtu-too-large", 1, {"mtu"},
            "Use mtu 1400 (largest that fits: 1402) and clamp TCP MSS to 1360");
        row("576 is the floor", mtu(576), "mtu-too-small", 0);
        row("575", mtu(575), "mtu-too-small", 1, {"mtu"}, "mtu 575 is below 576");
        row("0", mtu(0), "mtu-too-small", 1, {"mtu"});
        row("too small is not also too large", mtu(0), "mtu-too-large", 0);
    }

    void findings() { verifyFindingRow(); }
};

QTEST_GUILESS_MAIN(TestMtuCheck)
#include "tst_mtucheck.moc"
