#include "core/import/iosconfigparser.h"
#include "tests/core/import/importtesttree.h"

#include <QTest>

// The IOS configuration grammar (docs/import.md, "Cisco IOS"): sub-modes by
// indentation, "!" separators, banner blocks, "no" forms, the header of
// show running-config, `end`; errors with their line.
class TestIosConfig : public QObject
{
    Q_OBJECT

    using Kind = ImportNote::Kind;

    static QList<IosLine> parse(const QString &text, ImportLog *log)
    {
        return IosConfigParser::parse(text, QStringLiteral("r.cfg"), *log);
    }

    static QStringList notesOf(const QString &text, Kind kind)
    {
        ImportLog log;
        parse(text, &log);
        return ImportTestTree::notes(log, kind);
    }

private Q_SLOTS:
    void subModesNestByIndentation()
    {
        ImportLog log;
        const QList<IosLine> lines = parse(QStringLiteral(
            "Building configuration...\n\nCurrent configuration : 120 bytes\n!\n"
            "vpdn-group L2TP\n accept-dialin\n  protocol l2tp\n  virtual-template 1\n ! a comment\n"
            " no l2tp tunnel authentication\n!\ninterface Tunnel1\n ip mtu 1400\nip route 10.0.0.0 255.0.0.0 Tunnel1\n"),
            &log);
        QCOMPARE(log.notes().size(), 0);
        QCOMPARE(lines.size(), 3);
        const IosLine &group = lines.at(0);
        QCOMPARE(group.words, (QStringList{QStringLiteral("vpdn-group"), QStringLiteral("L2TP")}));
        QCOMPARE(group.place.toString(), QStringLiteral("r.cfg:5"));
        QCOMPARE(group.children.size(), 2);
        QCOMPARE(group.children.at(0).children.size(), 2);
        QCOMPARE(group.children.at(0).children.at(1).text, QStringLiteral("virtual-template 1"));
        const IosLine &no = group.children.at(1);
        QVERIFY(no.negated);
        QCOMPARE(no.words.join(u' '), QStringLiteral("l2tp tunnel authentication"));
        QCOMPARE(no.place.line, 10);
        QCOMPARE(lines.at(1).children.size(), 1);
        QVERIFY(lines.at(2).startsWith({QStringLiteral("ip"), QStringLiteral("route")}));
        QVERIFY(lines.at(2).children.isEmpty());
    }

    void bannerTextIsNotCommands_data()
    {
        QTest::addColumn<QString>("banner");
        QTest::newRow("^C over lines") << QStringLiteral("banner motd ^C\ninterface Loopback9\n ip address 1.2.3.4 255.255.255.255\n^C\n");
        QTest::newRow("# on one line") << QStringLiteral("banner login #interface Loopback9#\n");
        QTest::newRow("motd by default") << QStringLiteral("banner $\ninterface Loopback9\n$\n");
        QTest::newRow("text after the closing delimiter") << QStringLiteral("banner exec ^Cone\ninterface Loopback9 ^C\n");
    }

    void bannerTextIsNotCommands()
    {
        QFETCH(QString, banner);
        ImportLog log;
        const QList<IosLine> lines = parse(banner + QStringLiteral("hostname r1\n"), &log);
        QCOMPARE(log.notes().size(), 0);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).word(0), QStringLiteral("banner"));
        QCOMPARE(lines.at(1).text, QStringLiteral("hostname r1"));
    }

    void afterEndIsNotRead()
    {
        ImportLog log;
        const QList<IosLine> lines = parse(QStringLiteral("hostname r1\nend\nR1#show clock\n"), &log);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(ImportTestTree::notes(log, Kind::NotRepresented),
                 QStringList{QStringLiteral("r.cfg:3 R1#show clock | after `end`: IOS reads no further")});
    }

    void errorsHaveTheirLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("open banner") << QStringLiteral("hostname r\nbanner motd ^C\nWelcome\n")
                                     << QStringLiteral("r.cfg:2 banner not closed by its delimiter ^C before the end of the file");
        QTest::newRow("no delimiter") << QStringLiteral("banner motd\n") << QStringLiteral("r.cfg:1 banner without a delimiter");
        QString deep;
        for (int i = 0; i < 40; ++i)
            deep += QString(i, u' ') + QStringLiteral("level\n");
        QTest::newRow("deep nesting") << deep << QStringLiteral("r.cfg:33 sub-modes nested deeper than 32");
    }

    void errorsHaveTheirLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QCOMPARE(notesOf(text, Kind::Error), QStringList{error});
    }
};

QTEST_GUILESS_MAIN(TestIosConfig)
#include "tst_iosconfig.moc"
