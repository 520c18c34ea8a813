#include "core/import/boxsourceloader.h"
#include "core/import/importrun.h"
#include "core/import/routerosparser.h"
#include "tests/core/import/importtesttree.h"

#include <QTest>

// The RouterOS reader (issue 15 item 2): the grammar of the scripting manual
// (menus, add/set with key=value, quoting and escapes, "\" continuations,
// comments) in both /export forms, and what a hand-written export maps to.
namespace {

using Kind = ImportNote::Kind;

QString describe(const RouterOsCommand &c)
{
    QStringList parts{u'/' + c.menu, c.verb};
    parts += c.unnamed;
    for (const RouterOsParam &p : c.params)
        parts << p.key + u'=' + p.value + (p.expression ? QStringLiteral("(expr)") : QString());
    return parts.join(u' ');
}

QStringList parse(const QString &text, ImportLog *log = nullptr)
{
    ImportLog own;
    QStringList out;
    for (const RouterOsCommand &c : RouterOsParser::parse(text, QStringLiteral("x.rsc"), log ? *log : own))
        out << (c.script ? QStringLiteral("script ") + c.scriptText : describe(c));
    return out;
}

} // namespace

class TestRouterOs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grammar_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("commands");
        const QString peer = QStringLiteral("/ip ipsec peer add address=192.0.2.1/32 name=hq");
        QTest::newRow("default form") << QStringLiteral("/ip ipsec peer\nadd address=192.0.2.1/32 name=hq\n")
                                      << QStringList{peer};
        QTest::newRow("terse form") << QStringLiteral("/ip ipsec peer add address=192.0.2.1/32 name=hq\n")
                                    << QStringList{peer};
        QTest::newRow("slash path") << QStringLiteral("/ip/ipsec/peer add address=192.0.2.1/32 name=hq")
                                    << QStringList{peer};
        QTest::newRow("continuation between parameters")
            << QStringLiteral("/ip ipsec peer\nadd address=192.0.2.1/32 \\\n    name=hq\n") << QStringList{peer};
        QTest::newRow("continuation inside a value")
            << QStringLiteral("/ip ipsec peer\nadd address=192.0.2.\\\n    1/32 name=\\\n    hq\n") << QStringList{peer};
        QTest::newRow("continuation inside a string, CRLF")
            << QStringLiteral("/system note\r\nset note=\"two \\\r\n    words\"\r\n")
            << QStringList{QStringLiteral("/system note set note=two words")};
        QTest::newRow("escapes")
            << QStringLiteral("/system note set note=\"q\\\" b\\\\ d\\$ h\\? s\\_x \\41\\4a\"")
            << QStringList{QStringLiteral("/system note set note=q\" b\\ d$ h? s x AJ")};
        QTest::newRow("variable") << QStringLiteral("/system note set note=\"$x\"")
                                  << QStringList{QStringLiteral("/system note set note=$x(expr)")};
        QTest::newRow("comments")
            << QStringLiteral("# header\n/ip pool\n  # a comment [ with \"brackets\n\nadd name=a#b\n")
            << QStringList{QStringLiteral("/ip pool add name=a#b")};
        QTest::newRow("two commands on a line")
            << QStringLiteral("/ip pool\nadd name=a ranges=10.0.0.1-10.0.0.9; add name=b ranges=10.1.0.1")
            << QStringList{QStringLiteral("/ip pool add name=a ranges=10.0.0.1-10.0.0.9"),
                           QStringLiteral("/ip pool add name=b ranges=10.1.0.1")};
        QTest::newRow("set with a find")
            << QStringLiteral("/ip ipsec profile\nset [ find default=yes ] dh-group=modp2048\n")
            << QStringList{QStringLiteral("/ip ipsec profile set [find default=yes] dh-group=modp2048")};
        QTest::newRow("relative menus")
            << QStringLiteral("/ip\nipsec peer add name=a\n/interface l2tp-server server\nset enabled=yes\n.. ..\nbridge add name=b\n")
            << QStringList{QStringLiteral("/ip ipsec peer add name=a"),
                           QStringLiteral("/interface l2tp-server server set enabled=yes"),
                           QStringLiteral("/interface bridge add name=b")};
        QTest::newRow("script commands keep their blocks")
            << QStringLiteral(":do { /ip route add dst-address=10.0.0.0/8\n/ip pool add name=x } on-error={ :log info x }\n/ip pool add name=y\n")
            << QStringList{QStringLiteral("script :do"), QStringLiteral("/ip pool add name=y")};
        QTest::newRow("a value from a command")
            << QStringLiteral("/interface l2tp-server server set default-profile=[/ppp profile get 0 name]")
            << QStringList{QStringLiteral("/interface l2tp-server server set default-profile=[/ppp profile get 0 name](expr)")};
    }

    void grammar()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, commands);
        ImportLog log;
        QCOMPARE(parse(text, &log), commands);
        QVERIFY2(!log.hasErrors(), qPrintable(ImportTestTree::notes(log, Kind::Error).join(u'\n')));
    }

    // diff --against reads the commands inside a ":do { } on-error={ }", as
    // RouteStudio's script wraps its NAT rules in one.
    void scriptBlockIsKept()
    {
        ImportLog log;
        const auto commands = RouterOsParser::parse(
            QStringLiteral(":do { /ip firewall nat add chain=srcnat comment=\"a b\"\n/ip pool add name=x } on-error={ :log info x }\n"),
            QStringLiteral("x.rsc"), log);
        QCOMPARE(commands.size(), 1);
        QVERIFY(commands.at(0).script);
        QStringList inner;
        for (const RouterOsCommand &c : RouterOsParser::parse(commands.at(0).block, QStringLiteral("x.rsc"), log))
            inner << describe(c);
        QCOMPARE(inner, (QStringList{QStringLiteral("/ip firewall nat add chain=srcnat comment=a b"),
                                     QStringLiteral("/ip pool add name=x")}));
        QVERIFY(!log.hasErrors());
    }

    void errorsHaveTheirLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("open string") << QStringLiteral("/ip pool\nadd name=\"a\n")
                                     << QStringLiteral("x.rsc:2 a string that starts here ends with the line (continue it with \\)");
        QTest::newRow("bad escape") << QStringLiteral("/ip pool\n\nadd name=\"a\\q\"\n")
                                    << QStringLiteral("x.rsc:3 unknown escape sequence \\q in a string");
        QTest::newRow("stray backslash") << QStringLiteral("/ip pool add name=a\\b\n")
                                         << QStringLiteral("x.rsc:1 a backslash outside a string that does not end the line");
        QTest::newRow("unclosed bracket") << QStringLiteral("/ip pool\nset [ find name=a\n")
                                          << QStringLiteral("x.rsc:2 a bracket opened in this command is not closed");
        QTest::newRow("stray close") << QStringLiteral("/ip pool\nadd name=a ]\n") << QStringLiteral("x.rsc:2 \"]\" closes nothing");
        QTest::newRow("no command") << QStringLiteral("/ip pool name=a\n")
                                    << QStringLiteral("x.rsc:1 expected a command (add, set, ...) after the menu path, found \"name=a\"");
        QTest::newRow("deep nesting") << QStringLiteral("/ip pool set ") + QString(40, u'[') + QString(40, u']')
                                      << QStringLiteral("x.rsc:1 brackets nested deeper than 32");
    }

    void errorsHaveTheirLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        ImportLog log;
        parse(text, &log);
        QCOMPARE(ImportTestTree::notes(log, Kind::Error), QStringList{error});
    }

    void handWrittenExport()
    {
        QString error;
        const auto tree = BoxSourceLoader::load(QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/mikrotik/branch-mt"), &error);
        QVERIFY2(tree, qPrintable(error));
        const ImportRun run = ImportRun::run({*tree});
        const BoxScan &box = run.boxes.constFirst();
        QCOMPARE(box.formats.value(QStringLiteral("export.rsc")), QStringLiteral("RouterOS export"));
        QCOMPARE(ImportTestTree::notes(box.log, Kind::Error), QStringList{});
        const Topology &t = run.topology;
        QCOMPARE(t.sites.size(), 3);
        const Site &self = t.sites.at(0);
        QCOMPARE(self.id, QStringLiteral("branch-mt"));
        QCOMPARE(self.platform, Platform::Mikrotik);
        QCOMPARE(self.role, SiteRole::Gateway);
        QCOMPARE(self.publicAddress, QStringLiteral("198.51.100.77"));
        QStringList lans;
        for (const Ipv4Prefix &p : self.lans)
            lans << p.toString();
        QCOMPARE(lans, (QStringList{QStringLiteral("10.5.0.0/24"), QStringLiteral("10.5.1.0/24")}));
        const Link *ipsec = t.link(QStringLiteral("hq"));
        QVERIFY(ipsec);
        QCOMPARE(ipsec->transport, Transport::Ipsec);
        QCOMPARE(ipsec->ike, IkeVersion::Ikev2);
        const Site *hq = t.site(ipsec->from);
        QVERIFY(hq);
        QCOMPARE(hq->publicAddress, QStringLiteral("203.0.113.1"));
        QCOMPARE(hq->lans.size(), 1);
        QCOMPARE(hq->lans.constFirst().toString(), QStringLiteral("10.1.0.0/16"));
        QCOMPARE(run.secrets.psk.value(ipsec->secret), QStringLiteral("branch-psk-2026=ok"));
        const Link *l2tp = t.link(QStringLiteral("l2tp-dc"));
        QVERIFY(l2tp);
        QCOMPARE(l2tp->transport, Transport::L2tp);
        const Site *dc = t.site(l2tp->from);
        QVERIFY(dc);
        QCOMPARE(dc->publicAddress, QStringLiteral("192.0.2.10"));
        QCOMPARE(dc->lans.constFirst().toString(), QStringLiteral("10.9.0.0/24"));
        QCOMPARE(run.secrets.psk.value(l2tp->secret), QStringLiteral("dial-in-pass-0042"));

        // Every statement is noted: continuations give the line the parameter is on.
        const QStringList mapped = ImportTestTree::notes(box.log, Kind::Mapped);
        QVERIFY2(mapped.contains(QStringLiteral("export.rsc:9 /interface l2tp-client add password=(not shown) | the L2TP link's secret")),
                 qPrintable(mapped.join(u'\n')));
        QVERIFY(mapped.contains(QStringLiteral("export.rsc:26 /ip address add address=198.51.100.77/24 | a public address of the site (the one its peers use)")));
        QVERIFY(mapped.contains(QStringLiteral("export.rsc:22 /ip ipsec policy add src-address=10.5.1.0/24 | a local subnet of the connection (a LAN of this site)")));
        QVERIFY(mapped.contains(QStringLiteral("export.rsc:29 ip route add 10.9.0.0/24 | a route over L2TP link l2tp-dc")));
        const QStringList skipped = ImportTestTree::notes(box.log, Kind::NotRepresented);
        for (const QString &want : {
                 QStringLiteral("export.rsc:6 /interface bridge add name=bridge | not modeled by RouteStudio"),
                 QStringLiteral("export.rsc:11 /ip ipsec profile set dh-group=modp2048 | an algorithm choice: RouteStudio writes its own proposals"),
                 QStringLiteral("export.rsc:12 /ip ipsec profile set hash-algorithm=sha256 | an algorithm choice: RouteStudio writes its own proposals"),
                 QStringLiteral("export.rsc:28 /ip route add gateway=198.51.100.1 | not a route into an L2TP client of this box (RouteStudio derives tunnel routes itself)"),
                 QStringLiteral("export.rsc:31 /ip firewall nat add src-address=10.5.0.0/23 | a firewall rule: RouteStudio writes its own (NAT bypass, MSS clamping)"),
                 QStringLiteral("export.rsc:35 /system identity set name=Branch North | not modeled by RouteStudio"),
                 QStringLiteral("export.rsc:36 /ip service set disabled=yes | not modeled by RouteStudio"),
                 QStringLiteral("export.rsc:25 /ip address add address=10.5.0.1/24 | an interface address: a site's LANs come from its IPsec policies and what its peers route to it"),
             }) {
            QVERIFY2(skipped.contains(want), qPrintable(want + u"\nnot in\n" + skipped.join(u'\n')));
        }
        // No secret value anywhere in the notes.
        for (const ImportNote &n : box.log.notes()) {
            for (const char *secret : {"branch-psk-2026=ok", "dial-in-pass-0042", "psk\"-0001"})
                QVERIFY2(!n.statement.contains(QLatin1String(secret)) && !n.detail.contains(QLatin1String(secret)), secret);
        }
    }
};

QTEST_GUILESS_MAIN(TestRouterOs)
#include "tst_routeros.moc"
