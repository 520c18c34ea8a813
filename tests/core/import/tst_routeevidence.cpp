#include "core/import/boxsourceloader.h"
#include "core/import/importreport.h"
#include "core/import/iproutetext.h"
#include "core/import/routeevidence.h"
#include "core/io/topologywriter.h"
#include "importtesttree.h"

#include <QTest>

// Issue 15: `ip -json route` and `ip route` output among a box's files, as
// evidence of the routes on the box, each judged against the imported
// topology. The boxes are the two-box fixture with the route output of each
// (tests/data/import/routes); the report of those files is golden
// (routes.report.txt), explained and unexplained routes asserted.
namespace {

using Kind = ImportNote::Kind;

const QString kData = QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/");

// The two-box fixture with each box's route output added to it.
ImportRun importWithRoutes()
{
    QList<SourceTree> trees;
    for (const char *box : {"hq", "branch"}) {
        QString error;
        auto tree = BoxSourceLoader::load(kData + QStringLiteral("two-box/") + QLatin1String(box), &error);
        const auto routes = BoxSourceLoader::load(kData + QStringLiteral("routes/") + QLatin1String(box), &error);
        if (!tree || !routes)
            qFatal("%s", qPrintable(error));
        for (const QString &p : routes->paths()) {
            if (!tree->add(p, routes->bytes(p), &error))
                qFatal("%s", qPrintable(error));
        }
        trees << *tree;
    }
    return ImportRun::run(trees);
}

// The notes about one file, of one kind.
QStringList about(const ImportLog &log, Kind kind, const QString &file)
{
    QStringList out;
    for (const ImportNote &n : log.ofKind(kind)) {
        if (n.place.file == file)
            out << QStringLiteral("%1: %2 -> %3").arg(n.place.line).arg(n.statement, n.detail);
    }
    return out;
}

} // namespace

class TestRouteEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesOfRouteOutput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("routes");
        QTest::newRow("check collection") << QStringLiteral("ip-route.json") << true;
        QTest::newRow("text") << QStringLiteral("etc/../ip-route.txt") << true;
        QTest::newRow("routes.txt") << QStringLiteral("routes.txt") << true;
        QTest::newRow("table all") << QStringLiteral("ip_route-all.out") << true;
        QTest::newRow("ppp route script") << QStringLiteral("etc/ppp/ip-up.d/routestudio") << false;
        QTest::newRow("route-push") << QStringLiteral("route-push.conf") << false;
        QTest::newRow("a routes folder") << QStringLiteral("routes/ipsec.conf") << false;
    }

    void namesOfRouteOutput()
    {
        QFETCH(QString, path);
        QFETCH(bool, routes);
        QCOMPARE(RouteEvidence::isRouteOutput(path), routes);
    }

    void aPppScriptNamedRoutesIsAScript()
    {
        // An ip-up script called "routes" is a route script, not `ip route` output.
        const ImportRun run = ImportRun::run({ImportTestTree::make(
            {{QStringLiteral("etc/ppp/ip-up.d/routes"), "#!/bin/sh\nip route add 10.7.0.0/16 dev \"$1\"\n"}})});
        QCOMPARE(run.boxes.constFirst().formats.value(QStringLiteral("etc/ppp/ip-up.d/routes")),
                 QStringLiteral("route script (ip route commands only)"));
    }

    void textGrammar()
    {
        ImportLog log;
        const QList<BoxRoute> r = IpRouteText::parse(
            QStringLiteral("default via 192.0.2.1 dev eth0 proto static metric 100\n"
                           "local 10.0.0.1 dev lo table local proto kernel scope host src 10.0.0.1\n"
                           "10.60.0.0/16 proto static\n\tnexthop via 192.0.2.1 dev eth1 weight 1\n"
                           "2001:db8::/64 dev eth0 proto kernel metric 256\n"
                           "via 192.0.2.1\n"),
            QStringLiteral("r.txt"), log);
        QCOMPARE(r.size(), 4);
        QCOMPARE(r.at(0).route.destination->toString(), QStringLiteral("0.0.0.0/0"));
        QCOMPARE(r.at(0).route.dev, QStringLiteral("eth0"));
        QCOMPARE(r.at(0).route.metric, 100);
        QCOMPARE(r.at(1).route.type, QStringLiteral("local"));
        QCOMPARE(r.at(1).route.table, QStringLiteral("local"));
        QCOMPARE(r.at(1).route.destination->toString(), QStringLiteral("10.0.0.1/32"));
        QCOMPARE(r.at(2).route.dev, QStringLiteral("eth1")); // from its next hop
        QCOMPARE(r.at(2).place.line, 3);
        QVERIFY(r.at(2).route.line.endsWith(QLatin1String("nexthop via 192.0.2.1 dev eth1 weight 1")));
        QVERIFY(!r.at(3).route.destination); // IPv6
        QCOMPARE(ImportTestTree::notes(log, Kind::Error),
                 QStringList{QStringLiteral("r.txt:6 not a line of `ip route` output: expected [TYPE] PREFIX or default, found \"via\"")});
    }

    void jsonHasTheLineOfEachRoute()
    {
        ImportLog log;
        const QList<BoxRoute> r = RouteEvidence::read("[\n  {\"dst\": \"10.1.0.0/16\", \"dev\": \"eth1\"},\n"
                                                      "  {\"dst\": \"default\", \"gateway\": \"192.0.2.1\", \"dev\": \"eth0\", \"flags\": [\"x{\"]}\n]\n",
                                                      QStringLiteral("r.json"), log);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r.at(0).place.line, 2);
        QCOMPARE(r.at(1).place.line, 3);
        QVERIFY(!log.hasErrors());
        RouteEvidence::read("[{\"dst\": ", QStringLiteral("broken.json"), log);
        QCOMPARE(ImportTestTree::notes(log, Kind::Error).size(), 1);
        QVERIFY(ImportTestTree::notes(log, Kind::Error).at(0).startsWith(u"broken.json:1 not `ip -json route` output: "));
    }

    void routesAreJudgedAgainstTheTopology()
    {
        const ImportRun run = importWithRoutes();
        const ImportLog &hq = run.boxes.at(0).log;
        const QString json = QStringLiteral("ip-route.json");
        QCOMPARE(run.boxes.at(0).formats.value(json), QStringLiteral("ip -json route output (evidence)"));
        QCOMPARE(run.boxes.at(1).formats.value(QStringLiteral("ip-route.txt")), QStringLiteral("ip route output (evidence)"));
        const QStringList explained = about(hq, Kind::Mapped, json);
        QCOMPARE(explained.size(), 6);
        QVERIFY2(explained.contains(QStringLiteral("1: route 10.2.0.0/24 dev xfrm0 table main metric 0 -> evidence: is the route "
                                                   "RouteStudio plans to 10.2.0.0/24 over link branch (LAN of gateway branch)")),
                 qPrintable(explained.join(u'\n')));
        QVERIFY(explained.contains(QStringLiteral("1: route 10.9.0.23 dev ppp0 table main metric 0 -> evidence: site hq's "
                                                  "remote-access pool 10.9.0.0/24 (a client's PPP session)")));
        const QStringList unexplained = about(hq, Kind::NotRepresented, json);
        QVERIFY2(unexplained.contains(QStringLiteral(
                     "1: route 10.77.0.0/16 via 10.1.0.254 dev eth1 table main metric 0 -> not explained by the topology: no "
                     "LAN, pool or planned route of site hq covers 10.77.0.0/16 (a network RouteStudio does not know, or a "
                     "route it would not install)")),
                 qPrintable(unexplained.join(u'\n')));
        QCOMPARE(unexplained.size(), 4); // 10.77/16, the local and broadcast routes, IPv6
        const ImportLog &branch = run.boxes.at(1).log;
        const QString text = QStringLiteral("ip-route.txt");
        QCOMPARE(about(branch, Kind::Error, text),
                 QStringList{QStringLiteral("13:  -> not a line of `ip route` output: expected [TYPE] PREFIX or default, found \"this\"")});
        const QStringList branchUnexplained = about(branch, Kind::NotRepresented, text);
        QVERIFY2(branchUnexplained.filter(QStringLiteral("192.168.50.0/24")).size() == 1, qPrintable(branchUnexplained.join(u'\n')));
        QVERIFY(branchUnexplained.filter(QStringLiteral("a blackhole route: RouteStudio plans unicast routes only")).size() == 1);
        QVERIFY(about(branch, Kind::Mapped, text).filter(QStringLiteral("10.2.0.128/25")).value(0).contains(
            QLatin1String("site branch's LAN 10.2.0.0/24")));
        // The routes change nothing in the topology: the same as without them.
        const ImportRun plain = ImportTestTree::importData({QStringLiteral("two-box/hq"), QStringLiteral("two-box/branch")});
        QCOMPARE(TopologyWriter::toJson(run.topology), TopologyWriter::toJson(plain.topology));
    }

    void golden()
    {
        const ImportRun run = importWithRoutes();
        QStringList lines;
        for (const QString &l : ImportReport::text(run).split(u'\n')) {
            if (l.contains(QLatin1String("ip-route.")))
                lines << l;
        }
        ImportTestTree::golden(lines.join(u'\n') + u'\n', kData + QStringLiteral("routes.report.txt"));
    }
};

QTEST_GUILESS_MAIN(TestRouteEvidence)
#include "tst_routeevidence.moc"
