#include "core/generators/common/prefixlist.h"

#include <QTest>

// normalized(): without duplicates and covered prefixes, first-seen order. It
// runs on a hub's whole fleet, so it sorts and sweeps (O(n log n)).
class TestPrefixList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalized_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("kept in order") << QStringList{"10.2.0.0/16", "10.1.0.0/16"}
                                       << QStringList{"10.2.0.0/16", "10.1.0.0/16"};
        QTest::newRow("duplicate") << QStringList{"10.1.0.0/16", "10.2.0.0/16", "10.1.0.0/16"}
                                   << QStringList{"10.1.0.0/16", "10.2.0.0/16"};
        QTest::newRow("covered later") << QStringList{"10.0.0.0/8", "10.1.0.0/16"}
                                       << QStringList{"10.0.0.0/8"};
        QTest::newRow("container later takes its place")
            << QStringList{"10.1.0.0/16", "192.168.0.0/24", "10.0.0.0/8"}
            << QStringList{"192.168.0.0/24", "10.0.0.0/8"};
        QTest::newRow("host bits dropped") << QStringList{"10.1.2.3/16"} << QStringList{"10.1.0.0/16"};
    }

    void normalized()
    {
        QFETCH(QStringList, input);
        QFETCH(QStringList, expected);
        QList<Ipv4Prefix> in;
        for (const QString &s : input)
            in << *Ipv4Prefix::parse(s);
        QCOMPARE(PrefixList::strings(PrefixList::normalized(in)), expected);
    }
};

QTEST_GUILESS_MAIN(TestPrefixList)
#include "tst_prefixlist.moc"
