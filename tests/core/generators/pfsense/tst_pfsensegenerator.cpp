#include "../clients/goldenfiles.h"
#include "../clients/sitefiles.h"

#include "core/generators/pfsense/pfsensegenerator.h"
#include "core/generators/pfsense/pfsensesteps.h"
#include "core/mtu/mtucalculator.h"

#include <QTest>

class TestPfsenseGenerator : public QObject
{
    Q_OBJECT

private:
    static QList<GeneratedFile> run(const QString &fixture, bool seedAsPfsense, Topology *t)
    {
        Secrets s;
        QString error;
        if (!GoldenFiles::load(fixture, t, &s, &error))
            qFatal("%s", qPrintable(error));
        if (seedAsPfsense)
            SiteFiles::setPlatform(t, Platform::Pfsense);
        const QList<GeneratedFile> files = SiteFiles::generate(PfsenseGenerator(), *t, s, &error);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return files;
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("seedAsPfsense");
        QTest::newRow("seed") << QStringLiteral("seed") << true;
        QTest::newRow("vendors") << QStringLiteral("vendors") << false;
    }
    void golden()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, seedAsPfsense);
        Topology t;
        const QList<GeneratedFile> files = run(fixture, seedAsPfsense, &t);
        QVERIFY(!files.isEmpty());
        const QString diff = GoldenFiles::compare(QStringLiteral("pfsense/") + fixture, files);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void hubStepsCarryTheL2tpServerValues()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), false, &t);
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
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), false, &t);
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
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), false, &t);
        const QString hub = SiteFiles::fileText(files, QStringLiteral("pf-hub/pfsense/pf-hub-steps.md"));
        QVERIFY(hub.contains(QLatin1String("| My identifier | `Distinguished name` (FQDN) `vpn.example.net` |")));
        QVERIFY(hub.contains(QLatin1String("| Peer identifier | `Peer IP address` |")));
    }

    void transitPrefixesAreDisjointPerLink()
    {
        QCOMPARE(PfsenseSteps::transitPrefix(0).toString(), QStringLiteral("169.254.0.0/30"));
        QCOMPARE(PfsenseSteps::transitPrefix(1).toString(), QStringLiteral("169.254.0.4/30"));
        QCOMPARE(PfsenseSteps::transitPrefix(64).toString(), QStringLiteral("169.254.1.0/30"));
    }
};

QTEST_GUILESS_MAIN(TestPfsenseGenerator)
#include "tst_pfsensegenerator.moc"
