#include "core/import/importreport.h"
#include "core/import/importrun.h"
#include "core/import/xmlnode.h"
#include "tests/core/import/importtesttree.h"

#include <QTest>

// pfSense config.xml (docs/import.md): a hub with an L2TP server, a mobile
// phase 1 for it, a phase 1 with two phase 2 entries and a disabled one;
// hostile XML (a DTD with entities, deep nesting, broken XML) refused with
// its line. The report is golden (tests/data/import/pfsense.report.txt).
class TestPfsenseImport : public QObject
{
    Q_OBJECT

    using Kind = ImportNote::Kind;

    static ImportRun fixture() { return ImportTestTree::importData({QStringLiteral("pfsense/pf-hub")}); }
    static QStringList sorted(const QList<Ipv4Prefix> &list) { return ImportTestTree::sorted(list); }

private Q_SLOTS:
    void golden() { ImportTestTree::golden(ImportReport::text(fixture()), QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/pfsense.report.txt")); }

    void mapsTheHub()
    {
        const ImportRun run = fixture();
        const BoxScan &box = run.boxes.constFirst();
        QCOMPARE(box.formats.value(QStringLiteral("config.xml")), QStringLiteral("pfSense config.xml"));
        QCOMPARE(ImportTestTree::notes(box.log, Kind::Error), QStringList{});
        const Site *hub = run.topology.site(QStringLiteral("pf-hub"));
        QVERIFY(hub);
        QCOMPARE(hub->platform, Platform::Pfsense);
        QCOMPARE(hub->role, SiteRole::Hub);
        QCOMPARE(hub->publicAddress, QStringLiteral("203.0.113.40"));
        QCOMPARE(sorted(hub->lans), (QStringList{QStringLiteral("10.40.0.0/16"), QStringLiteral("10.44.0.0/24")}));
        QVERIFY(hub->remoteAccess);
        QCOMPARE(hub->remoteAccess->pool.toString(), QStringLiteral("10.48.0.0/25")); // .1 and .10 to .109
        QCOMPARE(hub->remoteAccess->localAddress.toString(), QStringLiteral("10.48.0.1"));
        QCOMPARE(run.topology.profiles.size(), 1);
        QCOMPARE(run.topology.profiles.constFirst().users, (QStringList{QStringLiteral("dave"), QStringLiteral("erin")}));
        QCOMPARE(run.secrets.psk.value(run.topology.profiles.constFirst().secret), QStringLiteral("Pf-Remote-Key-2026"));
        QCOMPARE(run.secrets.users.value(QStringLiteral("erin")), QStringLiteral("Erin-Pass-2026"));
    }

    void twoPhase2EntriesAreOneLink()
    {
        const ImportRun run = fixture();
        QCOMPARE(run.topology.links.size(), 1); // the disabled phase 1 is not a link
        const Link &l = run.topology.links.constFirst();
        QCOMPARE(l.id, QStringLiteral("branch41"));
        QCOMPARE(l.ike, IkeVersion::Ikev2);
        const Site *peer = run.topology.site(l.to);
        QVERIFY(peer);
        QCOMPARE(peer->publicAddress, QStringLiteral("198.51.100.41"));
        QCOMPARE(sorted(peer->lans), QStringList{QStringLiteral("10.41.0.0/16")});
        QCOMPARE(run.secrets.psk.value(l.secret), QStringLiteral("Branch-41-Key-2026"));
        const QStringList skipped = ImportTestTree::notes(run.boxes.constFirst().log, Kind::NotRepresented);
        for (const QString &want : {QStringLiteral("config.xml:74 <ikeid>3 | a disabled phase 1"),
                                    QStringLiteral("config.xml:25 <network>10.44.0.0/24 | a static route: RouteStudio derives routes itself"),
                                    QStringLiteral("config.xml:59 <lifetime>28800 | an algorithm choice or setting RouteStudio writes itself"),
                                    QStringLiteral("config.xml:130 <secret>(not shown) | RouteStudio sets its own L2TP server settings"),
                                    QStringLiteral("config.xml:4 <system> | not a VPN setting RouteStudio models")}) {
            QVERIFY2(skipped.contains(want), qPrintable(want + u"\nnot in\n" + skipped.join(u'\n')));
        }
        for (const ImportNote &n : run.boxes.constFirst().log.notes()) {
            for (const char *secret : {"Branch-41-Key-2026", "Pf-Remote-Key-2026", "Dave-Pass-2026", "l2tp-tunnel-secret", "Old-Partner-Key"})
                QVERIFY2(!n.statement.contains(QLatin1String(secret)), secret);
        }
    }

    void hostileXmlIsRefused_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("error");
        QTest::newRow("entity expansion") << QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE pfsense [\n<!ENTITY a \"aaaaaaaa\">\n"
                                                            "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n<pfsense><x>&b;</x></pfsense>\n")
                                          << QStringLiteral("c.xml:5 a DTD: entity declarations are refused");
        QString deep = QStringLiteral("<pfsense>\n");
        for (int i = 0; i < 40; ++i)
            deep += QStringLiteral("<a>");
        QTest::newRow("deep nesting") << deep << QStringLiteral("c.xml:2 elements nested deeper than 32");
        QTest::newRow("broken") << QStringLiteral("<pfsense>\n<ipsec>\n</pfsense>\n")
                                << QStringLiteral("c.xml:3 not well-formed XML: Opening and ending tag mismatch.");
        QTest::newRow("undeclared entity") << QStringLiteral("<pfsense>\n<x>&nope;</x></pfsense>\n")
                                           << QStringLiteral("c.xml:2 not well-formed XML: Entity 'nope' not declared.");
    }

    void hostileXmlIsRefused()
    {
        QFETCH(QString, xml);
        QFETCH(QString, error);
        ImportLog log;
        QVERIFY(!XmlNodeReader::read(xml, QStringLiteral("c.xml"), log));
        QCOMPARE(ImportTestTree::notes(log, Kind::Error), QStringList{error});
    }
};

QTEST_GUILESS_MAIN(TestPfsenseImport)
#include "tst_pfsenseimport.moc"
