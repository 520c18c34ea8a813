#include "core/net/ipv4range.h"

#include <QTest>

class TestIpv4Range : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefixes_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one address") << "10.0.0.7" << "10.0.0.7" << QStringList{"10.0.0.7/32"};
        QTest::newRow("aligned /24") << "10.0.1.0" << "10.0.1.255" << QStringList{"10.0.1.0/24"};
        QTest::newRow("unaligned") << "10.0.1.0" << "10.0.3.255"
                                   << QStringList{"10.0.1.0/24", "10.0.2.0/23"};
        QTest::newRow("ragged") << "10.0.0.1" << "10.0.0.6"
                                << QStringList{"10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/31",
                                               "10.0.0.6/32"};
        QTest::newRow("everything") << "0.0.0.0" << "255.255.255.255" << QStringList{"0.0.0.0/0"};
        QTest::newRow("top end") << "255.255.255.254" << "255.255.255.255"
                                 << QStringList{"255.255.255.254/31"};
    }

    void prefixes()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const Ipv4Prefix &p : Ipv4Range::prefixes(Ipv4Address::parse(first)->value(),
                                                       Ipv4Address::parse(last)->value()))
            got << p.toString();
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestIpv4Range)
#include "tst_ipv4range.moc"
