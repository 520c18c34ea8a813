#include "core/net/ipv4prefix.h"

#include <QTest>

class TestIpv4Prefix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("network");
        QTest::addColumn<QString>("netmask");
        QTest::addColumn<QString>("last");
        QTest::addColumn<bool>("hostBits");
        QTest::addColumn<quint64>("size");
        QTest::newRow("/16") << "10.10.0.0/16" << true << "10.10.0.0/16" << "255.255.0.0"
                             << "10.10.255.255" << false << quint64(65536);
        QTest::newRow("/24") << "10.8.0.0/24" << true << "10.8.0.0/24" << "255.255.255.0"
                             << "10.8.0.255" << false << quint64(256);
        QTest::newRow("/0") << "0.0.0.0/0" << true << "0.0.0.0/0" << "0.0.0.0"
                            << "255.255.255.255" << false << (quint64(1) << 32);
        QTest::newRow("/32") << "10.1.2.3/32" << true << "10.1.2.3/32" << "255.255.255.255"
                             << "10.1.2.3" << false << quint64(1);
        QTest::newRow("/31") << "10.1.2.3/31" << true << "10.1.2.2/31" << "255.255.255.254"
                             << "10.1.2.3" << true << quint64(2);
        QTest::newRow("host bits kept") << "10.10.0.1/16" << true << "10.10.0.0/16" << "255.255.0.0"
                                        << "10.10.255.255" << true << quint64(65536);
        QTest::newRow("/20 odd boundary") << "172.16.17.0/20" << true << "172.16.16.0/20"
                                          << "255.255.240.0" << "172.16.31.255" << true
                                          << quint64(4096);
        QTest::newRow("/33") << "10.0.0.0/33" << false << "" << "" << "" << false << quint64(0);
        QTest::newRow("/99") << "10.0.0.0/99" << false << "" << "" << "" << false << quint64(0);
        QTest::newRow("no length") << "10.0.0.0" << false << "" << "" << "" << false << quint64(0);
        QTest::newRow("empty length") << "10.0.0.0/" << false << "" << "" << "" << false << quint64(0);
        QTest::newRow("leading zero length") << "10.0.0.0/08" << false << "" << "" << "" << false << quint64(0);
        QTest::newRow("negative") << "10.0.0.0/-1" << false << "" << "" << "" << false << quint64(0);
        QTest::newRow("netmask form") << "10.0.0.0/255.0.0.0" << false << "" << "" << "" << false << quint64(0);
        QTest::newRow("two slashes") << "10.0.0.0/8/8" << false << "" << "" << "" << false << quint64(0);
        QTest::newRow("space") << "10.0.0.0 /8" << false << "" << "" << "" << false << quint64(0);
        QTest::newRow("bad address") << "10.0.0.256/24" << false << "" << "" << "" << false << quint64(0);
        QTest::newRow("empty") << "" << false << "" << "" << "" << false << quint64(0);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, network);
        QFETCH(QString, netmask);
        QFETCH(QString, last);
        QFETCH(bool, hostBits);
        QFETCH(quint64, size);
        const auto p = Ipv4Prefix::parse(text);
        QCOMPARE(p.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(p->toString(), text); // as written, host bits included
        QCOMPARE(p->network().toString(), network);
        QCOMPARE(p->netmask().toString(), netmask);
        QCOMPARE(Ipv4Address(p->last()).toString(), last);
        QCOMPARE(p->hasHostBits(), hostBits);
        QCOMPARE(p->size(), size);
    }

    void relations_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("aContainsB");
        QTest::addColumn<bool>("overlap");
        QTest::newRow("inside") << "10.10.0.0/16" << "10.10.20.0/24" << true << true;
        QTest::newRow("outside") << "10.10.20.0/24" << "10.10.0.0/16" << false << true;
        QTest::newRow("equal") << "10.8.0.0/24" << "10.8.0.0/24" << true << true;
        QTest::newRow("adjacent") << "10.8.0.0/24" << "10.8.1.0/24" << false << false;
        QTest::newRow("default contains all") << "0.0.0.0/0" << "255.255.255.255/32" << true << true;
        QTest::newRow("host bits ignored") << "10.10.9.9/16" << "10.10.0.0/24" << true << true;
    }

    void relations()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, aContainsB);
        QFETCH(bool, overlap);
        const Ipv4Prefix pa = *Ipv4Prefix::parse(a);
        const Ipv4Prefix pb = *Ipv4Prefix::parse(b);
        QCOMPARE(pa.contains(pb), aContainsB);
        QCOMPARE(pa.overlaps(pb), overlap);
        QCOMPARE(pb.overlaps(pa), overlap);
    }

    void formatsEveryLength()
    {
        for (int length = 0; length <= 32; ++length) {
            const Ipv4Prefix p(Ipv4Address(0xc0a864c8u), length); // 192.168.100.200
            QCOMPARE(p.toString(), QStringLiteral("192.168.100.200/") + QString::number(length));
        }
    }
};

QTEST_GUILESS_MAIN(TestIpv4Prefix)
#include "tst_ipv4prefix.moc"
