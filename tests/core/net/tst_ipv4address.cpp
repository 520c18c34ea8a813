#include "core/net/ipv4address.h"

#include <QTest>

class TestIpv4Address : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint32>("value");
        QTest::newRow("zero") << "0.0.0.0" << true << 0u;
        QTest::newRow("all ones") << "255.255.255.255" << true << 0xffffffffu;
        QTest::newRow("private") << "10.8.0.1" << true << 0x0a080001u;
        QTest::newRow("three digits") << "192.168.100.200" << true << 0xc0a864c8u;
        QTest::newRow("octet 256") << "10.0.0.256" << false << 0u;
        QTest::newRow("octet 1000") << "10.0.1000.1" << false << 0u;
        QTest::newRow("leading zero") << "10.0.0.01" << false << 0u;
        QTest::newRow("octal-looking") << "010.0.0.1" << false << 0u;
        QTest::newRow("three octets") << "10.0.1" << false << 0u;
        QTest::newRow("five octets") << "10.0.0.1.5" << false << 0u;
        QTest::newRow("trailing dot") << "10.0.0.1." << false << 0u;
        QTest::newRow("empty octet") << "10..0.1" << false << 0u;
        QTest::newRow("empty") << "" << false << 0u;
        QTest::newRow("space before") << " 10.0.0.1" << false << 0u;
        QTest::newRow("space after") << "10.0.0.1 " << false << 0u;
        QTest::newRow("newline after") << "10.0.0.1\n" << false << 0u;
        QTest::newRow("sign") << "+10.0.0.1" << false << 0u;
        QTest::newRow("hex") << "0x0a.0.0.1" << false << 0u;
        QTest::newRow("single number") << "167772161" << false << 0u;
        QTest::newRow("prefix") << "10.0.0.0/8" << false << 0u;
        QTest::newRow("arabic-indic digit") << QString::fromUtf8("10.0.0.\xd9\xa1") << false << 0u;
        QTest::newRow("name") << "vpn.example.org" << false << 0u;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(quint32, value);
        const auto a = Ipv4Address::parse(text);
        QCOMPARE(a.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(a->value(), value);
        QCOMPARE(a->toString(), text); // strict parsing round-trips
    }

    void classes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isPrivate");
        QTest::addColumn<bool>("isDocumentation");
        QTest::addColumn<bool>("isReserved");
        QTest::newRow("10/8 first") << "10.0.0.0" << true << false << false;
        QTest::newRow("10/8 last") << "10.255.255.255" << true << false << false;
        QTest::newRow("11.0.0.0") << "11.0.0.0" << false << false << false;
        QTest::newRow("172.15.255.255") << "172.15.255.255" << false << false << false;
        QTest::newRow("172.16.0.0") << "172.16.0.0" << true << false << false;
        QTest::newRow("172.31.255.255") << "172.31.255.255" << true << false << false;
        QTest::newRow("172.32.0.0") << "172.32.0.0" << false << false << false;
        QTest::newRow("192.168.0.1") << "192.168.0.1" << true << false << false;
        QTest::newRow("192.169.0.1") << "192.169.0.1" << false << false << false;
        QTest::newRow("TEST-NET-1") << "192.0.2.1" << false << true << false;
        QTest::newRow("TEST-NET-2") << "198.51.100.255" << false << true << false;
        QTest::newRow("TEST-NET-3") << "203.0.113.0" << false << true << false;
        QTest::newRow("203.0.114.0") << "203.0.114.0" << false << false << false;
        QTest::newRow("this network") << "0.1.2.3" << false << false << true;
        QTest::newRow("CGNAT") << "100.127.255.255" << false << false << true;
        QTest::newRow("100.128") << "100.128.0.0" << false << false << false;
        QTest::newRow("loopback") << "127.0.0.1" << false << false << true;
        QTest::newRow("link-local") << "169.254.0.1" << false << false << true;
        QTest::newRow("IETF protocol") << "192.0.0.8" << false << false << true;
        QTest::newRow("benchmarking") << "198.19.255.255" << false << false << true;
        QTest::newRow("multicast") << "239.255.255.250" << false << false << true;
        QTest::newRow("future use") << "240.0.0.1" << false << false << true;
        QTest::newRow("broadcast") << "255.255.255.255" << false << false << true;
        QTest::newRow("public") << "8.8.8.8" << false << false << false;
    }

    void classes()
    {
        QFETCH(QString, text);
        QFETCH(bool, isPrivate);
        QFETCH(bool, isDocumentation);
        QFETCH(bool, isReserved);
        const auto a = Ipv4Address::parse(text);
        QVERIFY(a);
        QCOMPARE(a->isPrivate(), isPrivate);
        QCOMPARE(a->isDocumentation(), isDocumentation);
        QCOMPARE(a->isReserved(), isReserved);
    }

    // Every octet value in every position formats as its decimal number
    // (toString writes the digits itself).
    void formatsEveryOctet()
    {
        for (quint32 v = 0; v < 256; ++v) {
            const QString n = QString::number(v);
            const quint32 other = (v * 37 + 11) & 0xff;
            const QString o = QString::number(other);
            QCOMPARE(Ipv4Address((v << 24) | (other << 16) | (other << 8) | other).toString(),
                     n + u'.' + o + u'.' + o + u'.' + o);
            QCOMPARE(Ipv4Address((other << 24) | (v << 16) | (other << 8) | v).toString(),
                     o + u'.' + n + u'.' + o + u'.' + n);
        }
    }
};

QTEST_GUILESS_MAIN(TestIpv4Address)
#include "tst_ipv4address.moc"
