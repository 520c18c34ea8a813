#include "core/monitor/monitorcsv.h"
#include "core/monitor/monitortargets.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestMonitorCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escape_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "site-a LAN" << "site-a LAN";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("comma") << "a,b" << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb" << "\"a\nb\"";
        QTest::newRow("formula") << "=cmd()" << "'=cmd()";
        QTest::newRow("plus") << "+1" << "'+1";
        QTest::newRow("at with comma") << "@x,y" << "\"'@x,y\"";
        QTest::newRow("umlaut") << "Büro" << "Büro";
    }

    void escape()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(MonitorCsv::escapeCell(cell), expected);
    }

    void rows()
    {
        ProbeTarget lan = MonitorTargets::host(*Ipv4Address::parse(u"10.20.0.1"), QStringLiteral("NAS, rack 2"));
        lan.link = QStringLiteral("hq-site-a");
        const ProbeTarget ppp = MonitorTargets::host(*Ipv4Address::parse(u"10.8.0.1"));
        MonitorHistory history;
        history.add(lan.key, ProbeSample{1764007200123, true, 12.3456});
        history.add(ppp.key, ProbeSample{1764007201000, false, 0.0});
        history.add(QStringLiteral("gone"), ProbeSample{1764007202000, true, 1.0});
        const QByteArray csv = MonitorCsv::toCsv({lan, ppp}, history);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, empty tail after the last CRLF
        QCOMPARE(lines[0], QByteArray("time_utc,profile,link,site,target,address,replied,rtt_ms\r"));
        QCOMPARE(lines[1], QByteArray("2025-11-24T18:00:00.123Z,,hq-site-a,,\"NAS, rack 2\",10.20.0.1,1,12.346\r"));
        QCOMPARE(lines[2], QByteArray("2025-11-24T18:00:01.000Z,,,,10.8.0.1,10.8.0.1,0,\r"));
        QCOMPARE(lines[3], QByteArray());
    }

    void writesAtomicallyWithPublicMode()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("history.csv"));
        const ProbeTarget t = MonitorTargets::host(*Ipv4Address::parse(u"127.0.0.1"));
        MonitorHistory history;
        history.add(t.key, ProbeSample{0, true, 0.5});
        QString error;
        QVERIFY2(MonitorCsv::write(file, {t}, history, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), MonitorCsv::toCsv({t}, history));
        QCOMPARE(f.permissions() & (QFile::ReadOther | QFile::WriteOther | QFile::WriteGroup),
                 QFile::ReadOther);
        QCOMPARE(dir.path(), QFileInfo(file).path());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("history.csv")});
    }

    void writeFailureNamesTheFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("missing/dir/history.csv"));
        QString error;
        QVERIFY(!MonitorCsv::write(file, {}, MonitorHistory(), &error));
        QVERIFY2(error.contains(file), qPrintable(error));
    }

    void historyIsBounded()
    {
        MonitorHistory history(100);
        for (int i = 0; i < 250; ++i)
            history.add(QStringLiteral("k"), ProbeSample{i, true, 1.0});
        QVERIFY(history.records().size() <= 100);
        QCOMPARE(history.records().last().sample.sentMs, qint64(249));
        QCOMPARE(history.records().size() + history.droppedCount(), 250);
    }
};

QTEST_GUILESS_MAIN(TestMonitorCsv)
#include "tst_monitorcsv.moc"
