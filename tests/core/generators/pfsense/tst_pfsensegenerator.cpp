#include "../clients/sitefiles.h"

#include "core/generators/common/linktransit.h"
#include "core/generators/pfsense/pfsensegenerator.h"
#include "core/generators/pfsense/pfsensesteps.h"
#include "core/mtu/mtucalculator.h"

#include <QTest>

class TestPfsenseGenerator : public QObject
{
    Q_OBJECT

private:
    static QList<GeneratedFile> run(const QString &fixture, Topology *t)
    {
        return SiteFiles::run(PfsenseGenerator(), fixture, Platform::Pfsense, t);
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("seed") << QStringLiteral("seed");
        QTest::newRow("vendors") << QStringLiteral("vendors");
    }
    void golden()
    {
        QFETCH(QString, fixture);
        const QString diff = SiteFiles::golden(PfsenseGenerator(), QStringLiteral("pfsense"), fixture, Platform::Pfsense);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void hubStepsCarryTheL2tpServerValues()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), &t);
        QCOMPARE(files.size(), 2);
        const QString hub = SiteFiles::fileText(files, QStringLiteral("pf-hub/pfsense/pf-hub-steps.md"));
        QVERIFY(hub.contains(QLatin1String("| Server address | `10.7.0.1` |")));
        QVERIFY(hub.contains(QLatin1String("| Remote address range | `10.7.0.2` |")));
        QVERIFY(hub.contains(QLatin1String("| Number of L2TP users | `125` |")));
        QVERIFY(hub.contains(QLatin1String("| Mode | `Transport` |")));
        QVERIFY(hub.contains(QLatin1String("| Pre-Shared Key | `test-only-PfL2tp-x7Wq3mN2` |")));
        QVERIFY(hub.contains(QLatin1String("| `dave` | `test-only-dave=password` |")));
        QVERIFY(hub.contains(QLatin1String("| `alice` | `test-only-alice-pass` |")));
        QVERIFY(!hub.contains(QLatin1String("bob"))); // not a user of this hub's profiles
    }

    void gatewayRoutesThroughItsVtiGateway()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), &t);
        const QString gw = SiteFiles::fileText(files, QStringLiteral("branch-pf/pfsense/branch-pf-steps.md"));
        // Link 1 (topology order) uses 169.254.0.4/30; branch-pf is its "to" end.
        QVERIFY(gw.contains(QLatin1String("| Local Network | Address `169.254.0.6` |")));
        QVERIFY(gw.contains(QLatin1String("| Remote Network | Address `169.254.0.5` |")));
        QVERIFY(gw.contains(QLatin1String("| Key Exchange version | `IKEv1` |")));
        QVERIFY(gw.contains(QLatin1String("| `10.10.0.0/16` | `RS_HQ_BRANCH_PF_VTIV4` |")));
        QVERIFY(gw.contains(QLatin1String("| `10.8.0.0/24` | `RS_HQ_BRANCH_PF_VTIV4` |")));
        const MtuPlan tunnel = MtuCalculator::ipsecTunnel();
        QVERIFY(gw.contains(QStringLiteral("| MTU | `%1` |").arg(tunnel.recommendedMtu)));
        QVERIFY(gw.contains(QStringLiteral("| MSS | `%1` |").arg(tunnel.recommendedMss)));
    }

    void dnsNameSiteIdentifiesByFqdn()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), &t);
        const QString hub = SiteFiles::fileText(files, QStringLiteral("pf-hub/pfsense/pf-hub-steps.md"));
        QVERIFY(hub.contains(QLatin1String("| My identifier | `Distinguished name` (FQDN) `vpn.example.net` |")));
        QVERIFY(hub.contains(QLatin1String("| Peer identifier | `Peer IP address` |")));
    }

    void goldenFailover()
    {
        const QString diff = SiteFiles::golden(PfsenseGenerator(), QStringLiteral("pfsense"),
                                               QStringLiteral("failover-vendors"), Platform::Pfsense);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // A destination with a backup path: one static route (over the best path:
    // FreeBSD keeps one per destination), both gateways monitored at the peer's
    // transit address, a gateway group with the primary on Tier 1 and the
    // backup on Tier 2, and the LAN rule that routes the destinations through it.
    void failoverIsAGatewayGroupWithTiers()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("failover-vendors"), &t);
        const QString md = SiteFiles::fileText(files, QStringLiteral("pf-branch/pfsense/pf-branch-steps.md"));
        QCOMPARE(md.count(QLatin1String("| `10.10.0.0/24` | `RS_HQ_PF_VTIV4` |")), 1);
        QVERIFY(!md.contains(QLatin1String("| `10.10.0.0/24` | `RS_HQ_PF_BACKUP_VTIV4` |")));
        // hq-pf is link 2 (169.254.0.8/30, hq = from = .9), hq-pf-backup link 3 (.12/30).
        QVERIFY(md.contains(QLatin1String("edit `RS_HQ_PF_VTIV4` (created with the interface): leave "
                                          "**Disable Gateway Monitoring** unchecked and set **Monitor IP** to `169.254.0.9`")));
        QVERIFY(md.contains(QLatin1String("set **Monitor IP** to `169.254.0.13`")));
        QVERIFY(!md.contains(QLatin1String("check **Disable Gateway Monitoring**")));
        QVERIFY(md.contains(QLatin1String("| `RS_HQ_PF_VTIV4` | `Tier 1` |\n| `RS_HQ_PF_BACKUP_VTIV4` | `Tier 2` |")));
        QVERIFY(md.contains(QLatin1String("Name `RS_FO_1_NETS`, Type `Network(s)`, networks `10.10.0.0/24`, `10.20.0.0/24`.")));
        QVERIFY(md.contains(QLatin1String("destination alias `RS_FO_1_NETS`; **Display Advanced > Gateway** `RS_FO_1`.")));
        // The backup's phase 1 leaves from the second uplink.
        QVERIFY(md.contains(QLatin1String("| Interface | the second uplink, the interface with `198.51.100.41` |")));
    }

    void noBackupNoGatewayGroup()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), &t);
        for (const GeneratedFile &f : files) {
            QVERIFY(!f.content.contains("Gateway Groups"));
            QVERIFY(!f.content.contains("Monitor IP"));
        }
    }

    void transitPrefixesAreDisjointPerLink()
    {
        QCOMPARE(LinkTransits::prefix(0).toString(), QStringLiteral("169.254.0.0/30"));
        QCOMPARE(LinkTransits::prefix(1).toString(), QStringLiteral("169.254.0.4/30"));
        QCOMPARE(LinkTransits::prefix(64).toString(), QStringLiteral("169.254.1.0/30"));
    }
};

QTEST_GUILESS_MAIN(TestPfsenseGenerator)
#include "tst_pfsensegenerator.moc"
