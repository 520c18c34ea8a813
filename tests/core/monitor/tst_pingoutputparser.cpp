#include "core/monitor/pingoutputparser.h"

#include <QTest>

class TestPingOutputParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("replied");
        QTest::addColumn<double>("rttMs");
        QTest::addColumn<QString>("errorPart");

        QTest::newRow("iputils reply")
            << QByteArray("PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.\n"
                          "64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.045 ms\n\n"
                          "--- 127.0.0.1 ping statistics ---\n"
                          "1 packets transmitted, 1 received, 0% packet loss, time 0ms\n"
                          "rtt min/avg/max/mdev = 0.045/0.045/0.045/0.000 ms\n")
            << QByteArray() << 0 << true << 0.045 << QString();
        QTest::newRow("integer ms") << QByteArray("64 bytes from 10.20.0.1: icmp_seq=1 ttl=63 time=12 ms\n")
                                    << QByteArray() << 0 << true << 12.0 << QString();
        QTest::newRow("busybox") << QByteArray("PING 10.0.0.1 (10.0.0.1): 56 data bytes\n"
                                               "64 bytes from 10.0.0.1: seq=0 ttl=64 time=1.234 ms\n")
                                 << QByteArray() << 0 << true << 1.234 << QString();
        QTest::newRow("time below one ms") << QByteArray("64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time<1 ms\n")
                                           << QByteArray() << 0 << true << 0.5 << QString();
        QTest::newRow("timeout")
            << QByteArray("PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.\n\n--- 10.9.9.9 ping statistics ---\n"
                          "1 packets transmitted, 0 received, 100% packet loss, time 0ms\n")
            << QByteArray() << 1 << false << 0.0 << "no reply";
        QTest::newRow("unreachable")
            << QByteArray("PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.\n"
                          "From 10.0.0.1 icmp_seq=1 Destination Host Unreachable\n")
            << QByteArray() << 1 << false << 0.0 << "Destination Host Unreachable";
        QTest::newRow("no route") << QByteArray() << QByteArray("ping: connect: Network is unreachable\n") << 2
                                  << false << 0.0 << "Network is unreachable";
        QTest::newRow("odd exit") << QByteArray() << QByteArray() << 127 << false << 0.0 << "status 127";
        QTest::newRow("reply text elsewhere is not a reply")
            << QByteArray("note: 64 bytes from nowhere time=5 ms\n") << QByteArray() << 1 << false << 0.0
            << "no reply";
    }

    void parse()
    {
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        QFETCH(int, exitCode);
        QFETCH(bool, replied);
        QFETCH(double, rttMs);
        QFETCH(QString, errorPart);
        const ProbeResult r = PingOutputParser::parse(out, err, exitCode);
        QCOMPARE(r.replied, replied);
        QVERIFY2(qAbs(r.rttMs - rttMs) < 1e-9, qPrintable(QString::number(r.rttMs)));
        QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
        QCOMPARE(r.error.isEmpty(), replied);
    }
};

QTEST_GUILESS_MAIN(TestPingOutputParser)
#include "tst_pingoutputparser.moc"
