#include "core/bundle/bundleexport.h"
#include "core/bundle/exportplan.h"
#include "core/io/exampletopology.h"
#include "core/io/filebytes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// BundleExport as the CLI and the editor's export dialog drive it: the plan
// (which archives), progress steps, cancel before any write, digests.
class TestBundleExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void cancelWritesNothing_data();
    void cancelWritesNothing();
    void writePhaseIsNotInterrupted();
    void archivesCarrySizeAndDigest();

private:
    Topology m_topology = ExampleTopology::topology();
    Secrets m_secrets = ExampleTopology::freshSecrets(m_topology);
};

namespace {

ExportSelection selection(ExportSelection::Kind kind, const QString &a = {},
                          const QString &user = {})
{
    ExportSelection s;
    s.kind = kind;
    if (kind == ExportSelection::Site)
        s.site = a;
    else
        s.profile = a;
    s.user = user;
    return s;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

void TestBundleExport::plan_data()
{
    QTest::addColumn<ExportSelection>("sel");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("ansible");
    QTest::addColumn<QString>("error");
    QTest::newRow("all") << selection(ExportSelection::All)
                         << QStringList{"site-hq.zip", "site-site-a.zip",
                                        "user-staff-alice.zip", "user-staff-bob.zip"}
                         << true << QString();
    QTest::newRow("site") << selection(ExportSelection::Site, "site-a")
                          << QStringList{"site-site-a.zip"} << false << QString();
    QTest::newRow("profile") << selection(ExportSelection::Profile, "staff")
                             << QStringList{"user-staff-alice.zip", "user-staff-bob.zip"}
                             << false << QString();
    QTest::newRow("user") << selection(ExportSelection::Profile, "staff", "bob")
                          << QStringList{"user-staff-bob.zip"} << false << QString();
    QTest::newRow("no site") << selection(ExportSelection::Site, "nowhere") << QStringList()
                             << false << "no site \"nowhere\" in the topology";
    QTest::newRow("no user") << selection(ExportSelection::Profile, "staff", "carol")
                             << QStringList() << false
                             << "no user \"carol\" in profile \"staff\"";
}

void TestBundleExport::plan()
{
    QFETCH(ExportSelection, sel);
    QFETCH(QStringList, names);
    QFETCH(bool, ansible);
    QFETCH(QString, error);
    QString e;
    const auto p = ExportPlan::make(m_topology, sel, &e);
    QCOMPARE(e, error);
    QCOMPARE(bool(p), error.isEmpty());
    if (!p)
        return;
    QCOMPARE(p->archiveNames(ArchiveFormat::Zip), names);
    QCOMPARE(p->ansible, ansible);
}

void TestBundleExport::cancelWritesNothing_data()
{
    QTest::addColumn<int>("cancelAt");
    // Steps of "all" on the example: generate, 4 bundles, ansible, then writes.
    QTest::newRow("before generating") << 0;
    QTest::newRow("first bundle") << 1;
    QTest::newRow("last bundle") << 4;
    QTest::newRow("ansible") << 5;
}

void TestBundleExport::cancelWritesNothing()
{
    QFETCH(int, cancelAt);
    QTemporaryDir dir;
    int calls = 0;
    const BundleExport r = BundleExport::run(
        m_topology, m_secrets, ExportSelection(), ArchiveFormat::TarGz,
        dir.filePath(QStringLiteral("out")), [&](const ExportStep &step) {
            ++calls;
            return step.done < cancelAt;
        });
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok);
    QCOMPARE(calls, cancelAt + 1); // stops at the first refused step
    QVERIFY(r.written.isEmpty());
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestBundleExport::writePhaseIsNotInterrupted()
{
    QTemporaryDir dir;
    QList<ExportStep> steps;
    const BundleExport r = BundleExport::run(m_topology, m_secrets, ExportSelection(),
                                             ArchiveFormat::TarGz, dir.path(),
                                             [&](const ExportStep &step) {
                                                 steps.append(step);
                                                 return !step.writing;
                                             });
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.cancelled);
    QCOMPARE(r.archives.size(), 4);
    // 6 build steps, 5 write steps (4 archives + ansible), then done == total.
    QCOMPARE(steps.size(), 12);
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].done, i);
        QCOMPARE(steps[i].total, 11);
        QCOMPARE(steps[i].writing, i >= 6);
    }
    QCOMPARE(steps[1].item, QStringLiteral("site-hq.tar.gz"));
    QCOMPARE(steps[10].item, QStringLiteral("ansible"));
}

void TestBundleExport::archivesCarrySizeAndDigest()
{
    QTemporaryDir dir;
    const BundleExport r = BundleExport::run(m_topology, m_secrets,
                                             selection(ExportSelection::Profile, "staff"),
                                             ArchiveFormat::Zip, dir.path());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.written.size(), 2);
    QCOMPARE(r.archives.size(), 2);
    for (const ExportedArchive &a : r.archives) {
        LoadError e;
        const auto bytes = FileBytes::read(a.path, &e);
        QVERIFY(bytes);
        QCOMPARE(a.size, bytes->size());
        QCOMPARE(a.sha256, QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    }
}

QTEST_APPLESS_MAIN(TestBundleExport)
#include "tst_bundleexport.moc"
