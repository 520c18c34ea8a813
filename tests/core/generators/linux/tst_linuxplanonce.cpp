#include "linuxcases.h"

#include "core/generators/linux/linuxsiteplan.h"

// A linux-strongswan site's plan (its links with their selectors, users, PSKs;
// linear in the site's links, so a hub's plan is as large as its fleet) is built
// once per site and shared by every file of that site. The ten Linux generators
// each built it again: eight plans per site, eight passes over a hub's fleet.
class TestLinuxPlanOnce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onePlanPerLinuxSite_data()
    {
        QTest::addColumn<int>("index");
        const QList<LinuxCases::Case> cases = LinuxCases::all();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases[i].name)) << i;
    }

    void onePlanPerLinuxSite()
    {
        QFETCH(int, index);
        const LinuxCases::Case c = LinuxCases::all().at(index);
        const Topology t = LinuxCases::loadTopology(c);
        const Secrets s = LinuxCases::loadSecrets(c);
        int linuxSites = 0;
        for (const Site &site : t.sites)
            linuxSites += site.platform == Platform::LinuxStrongswan ? 1 : 0;
        QVERIFY(linuxSites >= 1);
        const int before = LinuxSitePlan::builds();
        const SiteGeneration gen = SiteGeneration::run(t, s);
        QVERIFY(gen.ok);
        QCOMPARE(LinuxSitePlan::builds() - before, linuxSites);
        // Each of those sites still gets every file (swanctl, nftables, README, ...).
        for (const Site &site : t.sites) {
            if (site.platform != Platform::LinuxStrongswan)
                continue;
            QStringList paths;
            for (const GeneratedFile &f : gen.filesBySite.value(site.id))
                paths << f.path;
            QVERIFY2(paths.size() >= 6, qPrintable(site.id + u": " + paths.join(u' ')));
            QVERIFY(paths.contains(QStringLiteral("README.md")));
        }
    }
};

QTEST_GUILESS_MAIN(TestLinuxPlanOnce)
#include "tst_linuxplanonce.moc"
