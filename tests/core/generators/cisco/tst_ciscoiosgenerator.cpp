#include "../clients/sitefiles.h"

#include "core/generators/cisco/ciscoiosgenerator.h"
#include "core/mtu/mtucalculator.h"

#include <QTest>

class TestCiscoIosGenerator : public QObject
{
    Q_OBJECT

private:
    static QList<GeneratedFile> run(const QString &fixture, Topology *t)
    {
        return SiteFiles::run(CiscoIosGenerator(), fixture, Platform::CiscoIos, t);
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
        const QString diff = SiteFiles::golden(CiscoIosGenerator(), QStringLiteral("cisco"), fixture, Platform::CiscoIos);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void onlyCiscoSitesGetAFile()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), &t);
        QStringList paths;
        for (const GeneratedFile &f : files) {
            paths << f.path;
            QCOMPARE(f.mode, 0600); // PSKs and passwords inside
        }
        QCOMPARE(paths, QStringList({"hq/cisco-ios/hq.cfg", "branch-ios/cisco-ios/branch-ios.cfg",
                                     "branch-ios2/cisco-ios/branch-ios2.cfg"}));
    }

    // The seed's own example: hub route to site A through Tunnel0, and back.
    void seedRoutesPointAtTheTunnel()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("seed"), &t);
        const QString hq = SiteFiles::fileText(files, QStringLiteral("hq/cisco-ios/hq.cfg"));
        QVERIFY(hq.contains(QLatin1String("\nip route 10.20.0.0 255.255.0.0 Tunnel0 name RS-hq-site-a\n")));
        QVERIFY(hq.contains(QLatin1String("\n tunnel mode ipsec ipv4\n tunnel destination 198.51.100.20\n")));
        const QString a = SiteFiles::fileText(files, QStringLiteral("site-a/cisco-ios/site-a.cfg"));
        QVERIFY(a.contains(QLatin1String("\nip route 10.10.0.0 255.255.0.0 Tunnel0 ")));
        QVERIFY(a.contains(QLatin1String("\nip route 10.8.0.0 255.255.255.0 Tunnel0 ")));
        QVERIFY(!a.contains(QLatin1String("vpdn"))); // a gateway runs no L2TP server
    }

    // A DNS-name site is known by its FQDN on both ends of a link.
    void dnsNamePeersUseFqdnIdentities()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), &t);
        const QString gw = SiteFiles::fileText(files, QStringLiteral("branch-ios2/cisco-ios/branch-ios2.cfg"));
        QVERIFY(gw.contains(QLatin1String(" peer pf-hub\n  identity fqdn vpn.example.net\n")));
        QVERIFY(gw.contains(QLatin1String(" match identity remote fqdn vpn.example.net\n"
                                          " identity local address 198.51.100.60\n")));
        QVERIFY(gw.contains(QLatin1String(" tunnel destination vpn.example.net\n")));
    }

    void mtuAndMssComeFromTheMtuCalculator_data()
    {
        QTest::addColumn<std::optional<int>>("topologyMtu");
        QTest::newRow("seed 1400") << std::optional<int>(1400);
        QTest::newRow("computed") << std::optional<int>();
        QTest::newRow("1280") << std::optional<int>(1280);
    }
    void mtuAndMssComeFromTheMtuCalculator()
    {
        QFETCH(std::optional<int>, topologyMtu);
        Topology t;
        Secrets s;
        QString error;
        QVERIFY(GoldenFiles::load(QStringLiteral("seed"), &t, &s, &error));
        SiteFiles::setPlatform(&t, Platform::CiscoIos);
        t.mtu = topologyMtu;
        const QList<GeneratedFile> files = SiteFiles::generate(CiscoIosGenerator(), t, s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString hq = SiteFiles::fileText(files, QStringLiteral("hq/cisco-ios/hq.cfg"));
        const int pppMtu = MtuCalculator::pppMtu(t);
        QCOMPARE(pppMtu, topologyMtu.value_or(MtuCalculator::l2tpOverIpsec().recommendedMtu));
        QVERIFY(hq.contains(QStringLiteral("interface Virtual-Template1\n description RouteStudio: "
                                           "L2TP clients\n ip unnumbered Loopback100\n ip mtu %1\n"
                                           " ip tcp adjust-mss %2\n")
                                .arg(pppMtu)
                                .arg(MtuCalculator::pppMss(t))));
        const MtuPlan tunnel = MtuCalculator::ipsecTunnel();
        QVERIFY(hq.contains(QStringLiteral(" ip mtu %1\n ip tcp adjust-mss %2\n tunnel source")
                                .arg(tunnel.recommendedMtu)
                                .arg(tunnel.recommendedMss)));
    }

    void poolSkipsTheServerAddress()
    {
        Topology t;
        Secrets s;
        QString error;
        QVERIFY(GoldenFiles::load(QStringLiteral("seed"), &t, &s, &error));
        SiteFiles::setPlatform(&t, Platform::CiscoIos);
        t.sites[0].remoteAccess->localAddress = *Ipv4Address::parse(u"10.8.0.100");
        const QList<GeneratedFile> files = SiteFiles::generate(CiscoIosGenerator(), t, s, &error);
        const QString hq = SiteFiles::fileText(files, QStringLiteral("hq/cisco-ios/hq.cfg"));
        QVERIFY(hq.contains(QLatin1String("\nip local pool RS-l2tp-pool 10.8.0.1 10.8.0.99\n"
                                          "ip local pool RS-l2tp-pool 10.8.0.101 10.8.0.254\n")));
    }
};

QTEST_GUILESS_MAIN(TestCiscoIosGenerator)
#include "tst_ciscoiosgenerator.moc"
