#include "core/generators/linux/poolranges.h"

#include <QTest>

// xl2tpd's `ip range` lines: the pool without network, broadcast and the server.
class TestPoolRanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranges_data()
    {
        QTest::addColumn<QString>("pool");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("server first") << "10.8.0.0/24" << "10.8.0.1" << QStringList{"10.8.0.2-10.8.0.254"};
        QTest::newRow("server last") << "10.8.0.0/24" << "10.8.0.254" << QStringList{"10.8.0.1-10.8.0.253"};
        QTest::newRow("server in the middle") << "10.10.1.0/24" << "10.10.1.100"
                                              << QStringList{"10.10.1.1-10.10.1.99", "10.10.1.101-10.10.1.254"};
        QTest::newRow("server outside the pool") << "10.8.0.0/24" << "10.9.0.1" << QStringList{"10.8.0.1-10.8.0.254"};
        QTest::newRow("server is the network address") << "10.8.0.0/24" << "10.8.0.0" << QStringList{"10.8.0.1-10.8.0.254"};
        QTest::newRow("/30") << "10.8.0.0/30" << "10.8.0.1" << QStringList{"10.8.0.2-10.8.0.2"};
        QTest::newRow("/30 nothing left") << "10.8.0.4/30" << "10.8.0.5" << QStringList{"10.8.0.6-10.8.0.6"};
        QTest::newRow("/31 keeps both") << "10.8.0.0/31" << "10.8.0.0" << QStringList{"10.8.0.1-10.8.0.1"};
        QTest::newRow("/32 only the server") << "10.8.0.7/32" << "10.8.0.7" << QStringList{};
        QTest::newRow("host bits in pool") << "10.8.0.77/24" << "10.8.0.1" << QStringList{"10.8.0.2-10.8.0.254"};
        QTest::newRow("/16 crosses octets") << "172.16.0.0/16" << "172.16.1.0"
                                            << QStringList{"172.16.0.1-172.16.0.255", "172.16.1.1-172.16.255.254"};
    }
    void ranges()
    {
        QFETCH(QString, pool);
        QFETCH(QString, server);
        QFETCH(QStringList, expected);
        QStringList actual;
        for (const auto &r : PoolRanges::compute(*Ipv4Prefix::parse(pool), *Ipv4Address::parse(server)))
            actual << PoolRanges::toString(r);
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestPoolRanges)
#include "tst_poolranges.moc"
