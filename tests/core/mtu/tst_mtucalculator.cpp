#include "core/io/exampletopology.h"
#include "core/mtu/mtucalculator.h"

#include <QTest>

// The MTU arithmetic against values computed by hand (docs/mtu.md has the
// same steps). Fixed parts, in bytes:
//   outer IPv4 20, NAT-T UDP 8 (0 without), ESP header 8 (SPI 4 + sequence 4).
//   L2TP/IPsec (ESP transport) inner part: UDP 1701 8 + L2TP 8 (length bit set:
//   flags 2, length 2, tunnel 2, session 2) + PPP 4 (FF 03 + protocol 2).
//   ESP trailer: pad length 1 + next header 1 = 2, padded with the inner part
//   and the packet to the cipher's block size; then the ICV.
// Ciphers: aes256-sha256 IV 16, block 16, ICV 16 (HMAC-SHA-256-128);
//          aes128-sha1   IV 16, block 16, ICV 12 (HMAC-SHA1-96);
//          aes256gcm16   IV 8,  block 4,  ICV 16.
class TestMtuCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plans_data()
    {
        QTest::addColumn<bool>("tunnel");
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<bool>("natT");
        QTest::addColumn<int>("pathMtu");
        QTest::addColumn<int>("probe");
        QTest::addColumn<int>("wire");
        QTest::addColumn<int>("maxMtu");
        QTest::addColumn<int>("recommendedMtu");
        QTest::addColumn<int>("recommendedMss");

        // L2TP, aes256-sha256, NAT-T: wire = 20+8+8+16 + roundUp16(mtu+8+8+4+2) + 16
        //                                  = 68 + roundUp16(mtu + 22).
        // <= 1500  <=>  roundUp16(mtu + 22) <= 1432  <=>  mtu + 22 <= 1424 (= 89*16)
        // <=>  mtu <= 1402. wire(1402) = 68 + 1424 = 1492, not 1500: the next
        // block (1440) would make it 1508. Recommended 1400 (multiple of 4), MSS 1400-40.
        QTest::newRow("l2tp aes256-sha256 nat-t: 1402 fits")
            << false << "aes256-sha256" << true << 1500 << 1402 << 1492 << 1402 << 1400 << 1360;
        QTest::newRow("l2tp aes256-sha256 nat-t: 1403 is 1508")
            << false << "aes256-sha256" << true << 1500 << 1403 << 1508 << 1402 << 1400 << 1360;
        QTest::newRow("l2tp aes256-sha256 nat-t: 1400")
            << false << "aes256-sha256" << true << 1500 << 1400 << 1492 << 1402 << 1400 << 1360;
        // Without NAT-T: 60 + roundUp16(mtu + 22) <= 1500  <=>  mtu + 22 <= 1440
        // <=>  mtu <= 1418, and then the packet is exactly 1500.
        QTest::newRow("l2tp aes256-sha256 no nat-t")
            << false << "aes256-sha256" << false << 1500 << 1418 << 1500 << 1418 << 1416 << 1376;
        // aes128-sha1: 20+8+8+16 + roundUp16(mtu+22) + 12 = 64 + roundUp16(mtu + 22)
        // <= 1500  <=>  roundUp16 <= 1436  <=>  mtu + 22 <= 1424  <=>  mtu <= 1402.
        QTest::newRow("l2tp aes128-sha1 nat-t")
            << false << "aes128-sha1" << true << 1500 << 1402 << 1488 << 1402 << 1400 << 1360;
        // aes256gcm16: 20+8+8+8 + roundUp4(mtu + 22) + 16 = 60 + roundUp4(mtu + 22)
        // <= 1500  <=>  mtu + 22 <= 1440  <=>  mtu <= 1418 (exactly 1500 on the wire).
        QTest::newRow("l2tp aes256gcm16 nat-t")
            << false << "aes256gcm16" << true << 1500 << 1418 << 1500 << 1418 << 1416 << 1376;
        // 1419 + 22 = 1441 -> 1444, + 60 = 1504.
        QTest::newRow("l2tp aes256gcm16 nat-t: 1419 is 1504")
            << false << "aes256gcm16" << true << 1500 << 1419 << 1504 << 1418 << 1416 << 1376;
        // PPPoE path (1492): 68 + roundUp16(mtu + 22) <= 1492  <=>  roundUp16 <= 1424
        // <=>  mtu <= 1402: the padding absorbs the 8 bytes, wire(1402) = 1492 exactly.
        QTest::newRow("l2tp aes256-sha256 nat-t over PPPoE")
            << false << "aes256-sha256" << true << 1492 << 1402 << 1492 << 1402 << 1400 << 1360;

        // Tunnel mode (site-to-site): the inner IPv4 packet is the ESP payload.
        // 68 + roundUp16(mtu + 2) <= 1500  <=>  mtu + 2 <= 1424  <=>  mtu <= 1422.
        QTest::newRow("tunnel aes256-sha256 nat-t")
            << true << "aes256-sha256" << true << 1500 << 1422 << 1492 << 1422 << 1420 << 1380;
        // 60 + roundUp16(mtu + 2) <= 1500  <=>  mtu + 2 <= 1440  <=>  mtu <= 1438.
        QTest::newRow("tunnel aes256-sha256 no nat-t")
            << true << "aes256-sha256" << false << 1500 << 1438 << 1500 << 1438 << 1436 << 1396;
        // 60 + roundUp4(mtu + 2) <= 1500  <=>  mtu <= 1438.
        QTest::newRow("tunnel aes256gcm16 nat-t")
            << true << "aes256gcm16" << true << 1500 << 1438 << 1500 << 1438 << 1436 << 1396;
    }

    void plans()
    {
        QFETCH(bool, tunnel);
        QFETCH(QString, cipher);
        QFETCH(bool, natT);
        QFETCH(int, pathMtu);
        QFETCH(int, probe);
        QFETCH(int, wire);
        QFETCH(int, maxMtu);
        QFETCH(int, recommendedMtu);
        QFETCH(int, recommendedMss);
        const CipherOverhead c = cipher == QLatin1String("aes128-sha1") ? CipherOverhead::aes128Sha1()
                                 : cipher == QLatin1String("aes256gcm16") ? CipherOverhead::aes256Gcm16()
                                                                          : CipherOverhead::aes256Sha256();
        QCOMPARE(c.name, cipher);
        const MtuPlan p = tunnel ? MtuCalculator::ipsecTunnel(c, natT, pathMtu)
                                 : MtuCalculator::l2tpOverIpsec(c, natT, pathMtu);
        QCOMPARE(p.wireSize(probe), wire);
        QCOMPARE(p.maxMtu, maxMtu);
        QCOMPARE(p.recommendedMtu, recommendedMtu);
        QCOMPARE(p.recommendedMss, recommendedMss);
        // maxMtu is the largest that fits: one more byte does not.
        QVERIFY(p.wireSize(p.maxMtu) <= pathMtu);
        QVERIFY(p.wireSize(p.maxMtu + 1) > pathMtu);
    }

    void defaultsAreAes256Sha256WithNatT()
    {
        const MtuPlan p = MtuCalculator::l2tpOverIpsec();
        QCOMPARE(p.cipher.name, QStringLiteral("aes256-sha256"));
        QCOMPARE(p.natT, 8);
        QCOMPARE(p.pathMtu, 1500);
        QCOMPARE(p.maxMtu, 1402);
    }

    void topologyMtu_data()
    {
        QTest::addColumn<int>("mtu"); // 0 = not set
        QTest::addColumn<int>("pppMtu");
        QTest::addColumn<int>("pppMss");
        QTest::newRow("seed 1400") << 1400 << 1400 << 1360;
        QTest::newRow("unset: recommended") << 0 << 1400 << 1360;
        QTest::newRow("1280") << 1280 << 1280 << 1240;
    }

    void topologyMtu()
    {
        QFETCH(int, mtu);
        QFETCH(int, pppMtu);
        QFETCH(int, pppMss);
        Topology t = ExampleTopology::topology();
        t.mtu = mtu ? std::optional<int>(mtu) : std::nullopt;
        QCOMPARE(MtuCalculator::pppMtu(t), pppMtu);
        QCOMPARE(MtuCalculator::pppMss(t), pppMss);
    }
};

QTEST_GUILESS_MAIN(TestMtuCalculator)
#include "tst_mtucalculator.moc"
