#include "core/generators/common/failovertiming.h"
#include "core/generators/sitegeneration.h"
#include "core/io/exampletopology.h"
#include "core/io/topologywriter.h"
#include "core/report/reporttext.h"
#include "core/routes/routetable.h"
#include "tests/core/fixturefiles.h"

#include <QRegularExpression>
#include <QTest>

// Failover (issue 16, docs/failover.md): the model fields, the route table's
// metrics per path, and the Linux files a backup link changes.
namespace {

const QString kData = QStringLiteral(ROUTESTUDIO_TEST_DATA "/topologies/failover");

Topology failover() { return FixtureFiles::topology(kData); }

Secrets secrets() { return FixtureFiles::secrets(kData); }

// "destination link metric [backup]" per route of the box.
QStringList describe(const QList<Route> &routes)
{
    QStringList out;
    for (const Route &r : routes) {
        out << QStringLiteral("%1 %2 %3%4")
                   .arg(r.destination.toString(), r.link)
                   .arg(r.metric)
                   .arg(r.backup ? QStringLiteral(" backup") : QString());
    }
    return out;
}

QString file(const Topology &t, const Secrets &s, const QString &site, const QString &path)
{
    const SiteGeneration gen = SiteGeneration::run(t, s);
    for (const GeneratedFile &f : gen.filesBySite.value(site)) {
        if (f.path == path)
            return QString::fromUtf8(f.content);
    }
    return {};
}

// The body of swanctl connection `name` (up to the line closing it at 4 spaces).
QString connection(const QString &swanctl, const QString &name)
{
    const QRegularExpression re(u"^    " + QRegularExpression::escape(name) + u" \\{\\n(.*?)^    \\}$",
                                QRegularExpression::MultilineOption
                                    | QRegularExpression::DotMatchesEverythingOption);
    return re.match(swanctl).captured(1);
}

Site gateway(const QString &id, const char *lan, const QString &address)
{
    Site s;
    s.id = id;
    s.name = id;
    s.publicAddress = address;
    s.lans = {*Ipv4Prefix::parse(QString::fromLatin1(lan))};
    return s;
}

Link link(const QString &id, const QString &from, const QString &to)
{
    Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.secret = id;
    return l;
}

} // namespace

class TestFailoverPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileFieldsRoundTrip()
    {
        const Topology t = failover();
        QCOMPARE(t.links[1].role, LinkRole::Backup);
        QVERIFY(!t.links[0].isBackup());
        QCOMPARE(t.sites[1].backupAddress, QStringLiteral("198.51.100.21"));
        QVERIFY(t.sites[1].critical);
        Topology edited = t;
        edited.links[1].metric = 40;
        const auto again = TopologyReader::fromJson(TopologyWriter::toJson(edited), nullptr);
        QVERIFY(again);
        QCOMPARE(again->links[1].role, LinkRole::Backup);
        QCOMPARE(again->links[1].metric, std::optional<int>(40));
        QCOMPARE(again->sites[1].backupAddress, QStringLiteral("198.51.100.21"));
        QVERIFY(again->sites[1].critical);
        QVERIFY(again->links[1].extra.isEmpty()); // fields, not unknown keys
    }

    void olderFilesSaveUnchanged()
    {
        const QByteArray json = TopologyWriter::toJson(ExampleTopology::topology());
        for (const char *key : {"\"role\": \"primary\"", "\"metric\"", "\"critical\"", "\"backupAddress\""})
            QVERIFY2(!json.contains(key), key);
    }

    void badValuesAreRefusedWithTheirPlace_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("path");
        QTest::newRow("role") << "\"role\": \"backup\"" << "\"role\": \"spare\"" << "links[1].role";
        QTest::newRow("metric too large") << "\"role\": \"backup\"" << "\"role\": \"backup\", \"metric\": 255"
                                          << "links[1].metric";
        QTest::newRow("metric negative") << "\"role\": \"backup\"" << "\"role\": \"backup\", \"metric\": -1"
                                         << "links[1].metric";
        QTest::newRow("critical") << "\"critical\": true" << "\"critical\": \"yes\"" << "sites[1].critical";
    }

    void badValuesAreRefusedWithTheirPlace()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, path);
        QFile f(kData + u".topology.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString json = QString::fromUtf8(f.readAll());
        QVERIFY(json.contains(from));
        json.replace(from, to);
        LoadError error;
        QVERIFY(!TopologyReader::fromJson(json.toUtf8(), &error));
        QCOMPARE(error.path, path);
    }

    void eachPathGetsItsRouteWithTheRolesMetric()
    {
        const RouteTable table = RouteTable::build(failover());
        QCOMPARE(describe(table.forSite(QStringLiteral("branch"))),
                 (QStringList{"10.10.0.0/24 hq-branch 0", "10.10.0.0/24 hq-branch-backup 100 backup"}));
        QCOMPARE(describe(table.forSite(QStringLiteral("hq"))),
                 (QStringList{"10.20.0.0/24 hq-branch 0", "10.20.0.0/24 hq-branch-backup 100 backup"}));
        const QString text = ReportText::routes(table.routes());
        QVERIFY2(text.contains(QStringLiteral("link hq-branch-backup (ipsec) to hq, backup, metric 100")),
                 qPrintable(text));
    }

    void aLinksMetricOverridesTheRoles()
    {
        Topology t = failover();
        t.links[1].metric = 30;
        t.links[0].metric = 5;
        QCOMPARE(describe(RouteTable::build(t).forSite(QStringLiteral("branch"))),
                 (QStringList{"10.10.0.0/24 hq-branch 5", "10.10.0.0/24 hq-branch-backup 30 backup"}));
    }

    // A gateway linked to two hubs reaches each hub's own LAN at the base
    // metric and transits to the other gateways' LANs at + kTransitMetric.
    void transitThroughAHubCostsMoreThanItsOwnLan()
    {
        Topology t;
        Site a = gateway(QStringLiteral("a"), "10.1.0.0/24", QStringLiteral("192.0.2.1"));
        a.role = SiteRole::Hub;
        Site b = gateway(QStringLiteral("b"), "10.2.0.0/24", QStringLiteral("192.0.2.2"));
        b.role = SiteRole::Hub;
        t.sites = {a, b, gateway(QStringLiteral("g"), "10.3.0.0/24", QStringLiteral("192.0.2.3")),
                   gateway(QStringLiteral("h"), "10.4.0.0/24", QStringLiteral("192.0.2.4"))};
        t.links = {link(QStringLiteral("a-g"), QStringLiteral("a"), QStringLiteral("g")),
                   link(QStringLiteral("b-g"), QStringLiteral("b"), QStringLiteral("g")),
                   link(QStringLiteral("a-h"), QStringLiteral("a"), QStringLiteral("h"))};
        t.links[1].role = LinkRole::Backup;
        QCOMPARE(describe(RouteTable::build(t).forSite(QStringLiteral("g"))),
                 (QStringList{"10.1.0.0/24 a-g 0", "10.4.0.0/24 a-g 10", "10.2.0.0/24 b-g 100 backup"}));
        // h has one hub: nothing to prefer, no transit metric.
        QCOMPARE(describe(RouteTable::build(t).forSite(QStringLiteral("h"))),
                 (QStringList{"10.1.0.0/24 a-h 0", "10.3.0.0/24 a-h 0"}));
    }

    void swanctlBindsTheBackupToItsOwnInterfaceAndUplink()
    {
        const QString swanctl = file(failover(), secrets(), QStringLiteral("branch"),
                                     QStringLiteral("etc/swanctl/conf.d/routestudio.conf"));
        const QString backup = connection(swanctl, QStringLiteral("hq-branch-backup"));
        const QString primary = connection(swanctl, QStringLiteral("hq-branch"));
        QVERIFY2(!backup.isEmpty() && !primary.isEmpty(), qPrintable(swanctl));
        for (const char *line : {"local_addrs = 198.51.100.21", "remote_addrs = 203.0.113.10",
                                 "id = 198.51.100.21", "if_id_in = 21076", "if_id_out = 21076",
                                 "dpd_delay = 10s", "keyingtries = 0", "mobike = no"})
            QVERIFY2(backup.contains(QLatin1String(line)), line);
        QVERIFY(!primary.contains(QLatin1String("local_addrs")));
        QVERIFY(primary.contains(QLatin1String("if_id_in = 21075")));
        QVERIFY(primary.contains(QLatin1String("dpd_delay = 10s"))); // a primary with a backup fails over fast
        const QString hub = file(failover(), secrets(), QStringLiteral("hq"),
                                 QStringLiteral("etc/swanctl/conf.d/routestudio.conf"));
        const QString hubBackup = connection(hub, QStringLiteral("hq-branch-backup"));
        QVERIFY(hubBackup.contains(QLatin1String("remote_addrs = 198.51.100.21")));
        QVERIFY(!hubBackup.contains(QLatin1String("keyingtries"))); // the responder waits
        QVERIFY(hubBackup.contains(QLatin1String("mobike = no")));
    }

    // Two links with one PSK name: one secrets section holding every id (two
    // sections of one name are merged by swanctl, the last ids winning).
    void aSharedPskIsOneSectionWithEveryId()
    {
        Topology t = failover();
        t.links[1].secret = t.links[0].secret;
        const QString hub = file(t, secrets(), QStringLiteral("hq"),
                                 QStringLiteral("etc/swanctl/conf.d/routestudio.conf"));
        QCOMPARE(hub.count(QLatin1String("ike-hq-branch {")), 1);
        for (const char *id : {"id-1 = 203.0.113.10", "id-2 = 198.51.100.20", "id-3 = 198.51.100.21"})
            QVERIFY2(hub.contains(QLatin1String(id)), id);
    }

    void charonTimingIsWrittenWhereAPathFailsOver()
    {
        QVERIFY(qAbs(FailoverTiming::detectionSeconds() - (10 + 2.0 + 2.8 + 3.92 + 5.488)) < 1e-9);
        const QString conf = file(failover(), secrets(), QStringLiteral("hq"),
                                  QStringLiteral("etc/strongswan.d/routestudio-failover.conf"));
        for (const char *line : {"retransmit_tries = 3", "retransmit_timeout = 2.0", "retransmit_base = 1.4"})
            QVERIFY2(conf.contains(QLatin1String(line)), line);
        const QString sysctl = file(failover(), secrets(), QStringLiteral("branch"),
                                    QStringLiteral("etc/sysctl.d/60-routestudio.conf"));
        QVERIFY(sysctl.contains(QLatin1String("net.ipv4.conf.all.rp_filter = 2")));
        const QString nft = file(failover(), secrets(), QStringLiteral("branch"),
                                 QStringLiteral("etc/nftables.d/routestudio.nft"));
        QVERIFY(nft.contains(QLatin1String("define TUNNEL_IF = { \"xfrm0\", \"xfrm0-b\" }")));
    }

    // Cisco IOS (docs/failover.md): a VTI per link, the backup's routes with
    // the higher administrative distance, its tunnel from the second uplink,
    // periodic DPD; the Linux hub answers on the backup address.
    void ciscoGatewayFloatsItsBackupRoutes()
    {
        Topology t = failover();
        t.sites[1].platform = Platform::CiscoIos;
        const SiteGeneration gen = SiteGeneration::run(t, secrets());
        QVERIFY(gen.ok);
        QString cfg;
        for (const GeneratedFile &f : gen.filesBySite.value(QStringLiteral("branch"))) {
            if (f.path.endsWith(QLatin1String(".cfg")))
                cfg = QString::fromUtf8(f.content);
        }
        for (const char *line : {"ip route 10.10.0.0 255.255.255.0 Tunnel0 name RS-hq-branch\n",
                                 "ip route 10.10.0.0 255.255.255.0 Tunnel1 101 name RS-hq-branch-backup\n",
                                 " tunnel source 198.51.100.21\n", " identity local address 198.51.100.21\n",
                                 " dpd 10 3 periodic\n"})
            QVERIFY2(cfg.contains(QLatin1String(line)), qPrintable(QLatin1String(line) + cfg));
        QCOMPARE(cfg.count(QLatin1String(" tunnel destination 203.0.113.10\n")), 2);
        QVERIFY(!cfg.contains(QLatin1String("on-demand")));
        const QString hub = file(t, secrets(), QStringLiteral("hq"), QStringLiteral("etc/swanctl/conf.d/routestudio.conf"));
        QVERIFY(connection(hub, QStringLiteral("hq-branch-backup")).contains(QLatin1String("remote_addrs = 198.51.100.21")));
    }

    void withoutABackupNothingChanges()
    {
        Topology t = failover();
        t.links.removeLast();
        const QString swanctl = file(t, secrets(), QStringLiteral("branch"),
                                     QStringLiteral("etc/swanctl/conf.d/routestudio.conf"));
        QVERIFY(swanctl.contains(QLatin1String("dpd_delay = 30s")));
        QVERIFY(!swanctl.contains(QLatin1String("keyingtries")));
        QVERIFY(file(t, secrets(), QStringLiteral("branch"),
                     QStringLiteral("etc/strongswan.d/routestudio-failover.conf"))
                    .isEmpty());
        QVERIFY(!file(t, secrets(), QStringLiteral("branch"), QStringLiteral("etc/routestudio/tunnel-routes.sh"))
                     .contains(QLatin1String("BACKUP_IFACE")));
    }
};

QTEST_GUILESS_MAIN(TestFailoverPlan)
#include "tst_failoverplan.moc"
