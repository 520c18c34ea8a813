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

    void vtiPhase2IsARouteBasedLink()
    {
        // A routed (VTI) phase 2 as pfSense 2.7 writes it: its own 169.254
        // addresses, the routes over it static routes through the gateway at
        // the remote one; the box's LAN is this end's side.
        const QByteArray xml =
            "<?xml version=\"1.0\"?>\n<pfsense>\n"
            "<interfaces><wan><if>em0</if><ipaddr>203.0.113.60</ipaddr><subnet>24</subnet></wan>\n"
            "<lan><if>em1</if><ipaddr>10.60.0.1</ipaddr><subnet>16</subnet></lan>\n"
            "<opt1><if>ipsec1</if><descr>RS_HQ_SITE_A</descr></opt1></interfaces>\n"
            "<ipsec><phase1><ikeid>1</ikeid><iketype>ikev2</iketype><interface>wan</interface>\n"
            "<remote-gateway>198.51.100.61</remote-gateway><authentication_method>pre_shared_key</authentication_method>\n"
            "<pre-shared-key>Vti-Link-Key-2026-abc</pre-shared-key><descr>hq-site-a</descr></phase1>\n"
            "<phase2><ikeid>1</ikeid><mode>vti</mode>\n"
            "<localid><type>address</type><address>169.254.0.1</address></localid>\n"
            "<remoteid><type>address</type><address>169.254.0.2</address></remoteid></phase2></ipsec>\n"
            "<gateways><gateway_item><interface>opt1</interface><gateway>169.254.0.2</gateway>\n"
            "<name>RS_HQ_SITE_A_VTIV4</name><descr>VTI</descr></gateway_item></gateways>\n"
            "<staticroutes><route><network>10.61.0.0/16</network><gateway>RS_HQ_SITE_A_VTIV4</gateway></route>\n"
            "<route><network>10.62.0.0/24</network><gateway>RS_HQ_SITE_A_VTIV4</gateway></route>\n"
            "<route><network>10.99.0.0/24</network><gateway>WAN_DHCP</gateway></route></staticroutes>\n"
            "</pfsense>\n";
        const ImportRun run = ImportRun::run({ImportTestTree::make({{QStringLiteral("config.xml"), xml}}, QStringLiteral("pf-vti"))});
        const BoxScan &box = run.boxes.constFirst();
        QCOMPARE(ImportTestTree::notes(box.log, Kind::Error), QStringList{});
        QCOMPARE(box.facts.tunnels.size(), 1);
        const TunnelFacts &t = box.facts.tunnels.constFirst();
        QVERIFY(t.routeBased);
        QCOMPARE(sorted(t.remoteTs), (QStringList{QStringLiteral("10.61.0.0/16"), QStringLiteral("10.62.0.0/24")}));
        QCOMPARE(sorted(t.localTs), QStringList{QStringLiteral("10.60.0.0/16")});
        QCOMPARE(run.topology.links.size(), 1);
        const Link &l = run.topology.links.constFirst();
        const Site *peer = run.topology.site(l.from == u"pf-vti" ? l.to : l.from);
        QVERIFY(peer);
        QCOMPARE(peer->publicAddress, QStringLiteral("198.51.100.61"));
        QCOMPARE(sorted(peer->lans), (QStringList{QStringLiteral("10.61.0.0/16"), QStringLiteral("10.62.0.0/24")}));
        QCOMPARE(sorted(run.topology.site(QStringLiteral("pf-vti"))->lans), QStringList{QStringLiteral("10.60.0.0/16")});
        QCOMPARE(run.secrets.psk.value(l.secret), QStringLiteral("Vti-Link-Key-2026-abc"));
        const QStringList mapped = ImportTestTree::notes(box.log, Kind::Mapped);
        QVERIFY2(mapped.contains(QStringLiteral("config.xml:14 <network>10.61.0.0/16 | the peer's side of link hq-site-a: a route over its VTI")),
                 qPrintable(mapped.join(u'\n')));
        QVERIFY(mapped.contains(QStringLiteral("config.xml:11 <address>169.254.0.2 | an address of the VTI itself (RouteStudio picks its own)")));
        const QStringList skipped = ImportTestTree::notes(box.log, Kind::NotRepresented);
        QVERIFY2(skipped.contains(QStringLiteral("config.xml:16 <network>10.99.0.0/24 | a static route: RouteStudio derives routes itself")),
                 qPrintable(skipped.join(u'\n')));
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
