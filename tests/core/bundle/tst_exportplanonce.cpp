#include "core/bundle/bundleexport.h"
#include "core/diff/topologydiff.h"
#include "core/io/exampletopology.h"
#include "core/routes/routetable.h"
#include "core/validation/validator.h"

#include <QTemporaryDir>
#include <QTest>

// One export run, one plan: validation and the route table are computed once,
// however many sites and users the run writes (issue 13). Before the plan an
// `export --all` validated 1 + U times and built the route table 1 + S + 2U times.
class TestExportPlanOnce : public QObject
{
    Q_OBJECT

private:
    // The seed example with more users, so a per-user rebuild shows.
    static Topology topology()
    {
        Topology t = ExampleTopology::topology();
        for (Profile &p : t.profiles) {
            for (int i = 0; i < 4; ++i)
                p.users << QStringLiteral("extra%1-%2").arg(p.id).arg(i);
        }
        return t;
    }

private Q_SLOTS:
    void exportAllValidatesAndRoutesOnce_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("all") << int(ExportSelection::All);
        QTest::newRow("profile") << int(ExportSelection::Profile);
    }

    void exportAllValidatesAndRoutesOnce()
    {
        QFETCH(int, kind);
        const Topology t = topology();
        const Secrets s = ExampleTopology::freshSecrets(t);
        ExportSelection sel;
        sel.kind = ExportSelection::Kind(kind);
        sel.profile = t.profiles.first().id;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const int validations = Validator::runs();
        const int tables = RouteTable::builds();
        const BundleExport result = BundleExport::run(t, s, sel, ArchiveFormat::TarGz, dir.path());
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.archives.size() >= 6); // several users: a per-user rebuild would show
        QCOMPARE(Validator::runs() - validations, 1);
        QCOMPARE(RouteTable::builds() - tables, 1);
    }

    void refusalBuildsNoRouteTable()
    {
        Topology t = topology();
        t.sites[1].lans = t.sites[0].lans; // lan-overlap: an error
        const Secrets s = ExampleTopology::freshSecrets(t);
        QTemporaryDir dir;
        const int validations = Validator::runs();
        const int tables = RouteTable::builds();
        const BundleExport result =
            BundleExport::run(t, s, ExportSelection{}, ArchiveFormat::TarGz, dir.path());
        QVERIFY(result.validationFailed);
        QCOMPARE(Validator::runs() - validations, 1);
        QCOMPARE(RouteTable::builds() - tables, 0);
    }

    void diffPlansEachSideOnce()
    {
        const Topology oldT = topology();
        Topology newT = oldT;
        newT.sites[1].name = QStringLiteral("renamed");
        const Secrets s = ExampleTopology::freshSecrets(newT);
        const int validations = Validator::runs();
        const int tables = RouteTable::builds();
        const TopologyDiff d = TopologyDiff::run(oldT, newT, s);
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(Validator::runs() - validations, 2);
        QCOMPARE(RouteTable::builds() - tables, 2);
    }
};

QTEST_GUILESS_MAIN(TestExportPlanOnce)
#include "tst_exportplanonce.moc"
