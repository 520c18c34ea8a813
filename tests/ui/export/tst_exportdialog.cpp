#include "core/bundle/bundleimport.h"
#include "core/bundle/bundlereader.h"
#include "core/bundle/secretforms.h"
#include "core/io/exampletopology.h"
#include "core/io/filebytes.h"
#include "ui/editor/editorsession.h"
#include "ui/export/exportdialog.h"
#include "ui/export/exportjob.h"
#include "ui/export/exportoptionsform.h"
#include "ui/export/exportresultview.h"
#include "ui/secrets/secretsstore.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The export dialog end to end: archives written by a worker thread, read
// back with core's readers; scopes; cancel; refusal; the overwrite question.
class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void exportAllReadsBack_data();
    void exportAllReadsBack();
    void oneUserOnly();
    void oneSiteOnly();
    void cancelWritesNothing();
    void refusesOnValidationErrors();
    void overwriteAsksFirst();
    void remembersFolderAndFormat();

private:
    // Runs the dialog's export and waits for the result; false if none started.
    bool runExport(ExportDialog &dialog);
    QStringList entries() const;

    EditorSession *m_session = nullptr;
    QTemporaryDir *m_dir = nullptr;
};

void TestExportDialog::init()
{
    m_session = new EditorSession;
    const Topology t = ExampleTopology::topology();
    m_session->load(t, QString(), false);
    m_session->secrets()->reset(ExampleTopology::freshSecrets(t));
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    QSettings().remove(QStringLiteral("export")); // each test starts from the defaults
}

void TestExportDialog::cleanup()
{
    delete m_dir;
    delete m_session;
}

bool TestExportDialog::runExport(ExportDialog &dialog)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    if (!dialog.startExport())
        return false;
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000); }();
    return finished.count() == 1;
}

QStringList TestExportDialog::entries() const
{
    return QDir(m_dir->path())
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                   QDir::Name);
}

void TestExportDialog::exportAllReadsBack_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::newRow("tar.gz") << ArchiveFormat::TarGz;
    QTest::newRow("zip") << ArchiveFormat::Zip;
}

void TestExportDialog::exportAllReadsBack()
{
    QFETCH(ArchiveFormat, format);
    bool asked = false;
    ExportDialog dialog(m_session, nullptr, [&](const QStringList &) { return asked = true; });
    dialog.options()->setFolder(m_dir->path());
    dialog.options()->setFormat(format);
    QVERIFY(runExport(dialog));
    QVERIFY(!asked); // nothing to replace in an empty folder
    QVERIFY2(dialog.results()->headline().contains(QLatin1String("Wrote 4 archive")),
             qPrintable(dialog.results()->headline()));
    QVERIFY(dialog.openFolderButton()->isEnabled());

    const QString ext = QLatin1Char('.') + ArchiveFormats::extension(format);
    const QStringList expected{QStringLiteral("ansible"), QStringLiteral("site-hq") + ext,
                               QStringLiteral("site-site-a") + ext,
                               QStringLiteral("user-staff-alice") + ext,
                               QStringLiteral("user-staff-bob") + ext};
    QCOMPARE(entries(), expected);

    // The result lists each archive with the size and digest of the file on disk.
    const QTreeWidget *tree = dialog.results()->archives();
    QCOMPARE(tree->topLevelItemCount(), 4);
    const Secrets secrets = m_session->secrets()->secrets();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QString name = tree->topLevelItem(i)->text(0);
        QCOMPARE(name, expected.at(i + 1));
        const QString path = QDir(m_dir->path()).filePath(name);
        LoadError loadError;
        const auto bytes = FileBytes::read(path, &loadError);
        QVERIFY2(bytes, qPrintable(loadError.toString()));
        QCOMPARE(tree->topLevelItem(i)->text(2),
                 QString::fromLatin1(
                     QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());

        QString error;
        const auto contents = BundleReader::read(*bytes, ArchiveLimits{}, &error);
        QVERIFY2(contents, qPrintable(error));
        QCOMPARE(contents->manifest.name + ext, name);
        QVERIFY(contents->file(QStringLiteral("README.md")));
        QVERIFY(contents->file(QStringLiteral("SHA256SUMS")));
        int withSecret = 0;
        for (const GeneratedFile &f : contents->files) {
            bool secret = false;
            for (const NamedSecret &s : SecretForms::all(secrets))
                secret = secret || SecretForms::occursIn(f.content, s.value);
            if (secret) {
                ++withSecret;
                QVERIFY2(f.mode == 0600, qPrintable(name + QLatin1Char(':') + f.path));
            }
        }
        QVERIFY2(withSecret > 0, qPrintable(name)); // every bundle here carries a PSK
        if (name.startsWith(QLatin1String("user-"))) {
            const auto imported = BundleImport::fromFile(path, QString(), false, &error);
            QVERIFY2(imported, qPrintable(error));
            QCOMPARE(imported->profile.profile, QStringLiteral("staff"));
            QCOMPARE(QStringLiteral("user-staff-") + imported->profile.user + ext, name);
            QVERIFY(imported->contents.file(QStringLiteral("profile.json")));
        }
    }
    QVERIFY(QFileInfo::exists(QDir(m_dir->path()).filePath(QStringLiteral("ansible/site.yml"))));
}

void TestExportDialog::oneUserOnly()
{
    ExportDialog dialog(m_session, nullptr, [](const QStringList &) { return false; });
    dialog.options()->setFolder(m_dir->path());
    dialog.options()->setScope(ExportOptionsForm::UserScope);
    QCOMPARE(dialog.options()->targetBox()->count(), 2); // alice, bob
    QVERIFY(dialog.options()->selectTarget(QStringLiteral("staff/bob")));
    QVERIFY(runExport(dialog));
    QCOMPARE(entries(), QStringList{QStringLiteral("user-staff-bob.tar.gz")});
    QString error;
    const auto imported = BundleImport::fromFile(
        QDir(m_dir->path()).filePath(QStringLiteral("user-staff-bob.tar.gz")), QString(), false,
        &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->profile.user, QStringLiteral("bob"));
    // Only bob's password, never alice's.
    const QString alice = m_session->secrets()->secrets().users.value(QStringLiteral("alice"));
    for (const GeneratedFile &f : imported->contents.files)
        QVERIFY2(!SecretForms::occursIn(f.content, alice), qPrintable(f.path));
}

void TestExportDialog::oneSiteOnly()
{
    ExportDialog dialog(m_session, nullptr, [](const QStringList &) { return false; });
    dialog.options()->setFolder(m_dir->path());
    dialog.options()->setFormat(ArchiveFormat::Zip);
    dialog.options()->setScope(ExportOptionsForm::SiteScope);
    QVERIFY(dialog.options()->selectTarget(QStringLiteral("site-a")));
    QVERIFY(runExport(dialog));
    QCOMPARE(entries(), QStringList{QStringLiteral("site-site-a.zip")});
}

void TestExportDialog::cancelWritesNothing()
{
    ExportDialog dialog(m_session, nullptr, [](const QStringList &) { return false; });
    dialog.options()->setFolder(m_dir->path());
    // Cancel from the worker thread as soon as the first bundle is being built.
    connect(&dialog, &ExportDialog::jobStarted, this, [](ExportJob *job) {
        connect(
            job, &ExportJob::progress, job,
            [job](int done, int, const QString &, bool) {
                if (done == 1)
                    job->cancel();
            },
            Qt::DirectConnection);
    });
    QVERIFY(runExport(dialog));
    QVERIFY2(dialog.results()->headline().contains(QLatin1String("cancelled")),
             qPrintable(dialog.results()->headline()));
    QCOMPARE(entries(), QStringList()); // no archive, no temporary file, no folder
    QCOMPARE(dialog.results()->archives()->topLevelItemCount(), 0);
    QVERIFY(!dialog.openFolderButton()->isEnabled());
    QVERIFY(dialog.exportButton()->isEnabled()); // ready to try again
}

void TestExportDialog::refusesOnValidationErrors()
{
    Topology t = ExampleTopology::topology();
    t.sites[1].lans = t.sites[0].lans; // site-a claims HQ's LAN
    m_session->load(t, QString(), false);
    ExportDialog dialog(m_session, nullptr, [](const QStringList &) { return false; });
    dialog.options()->setFolder(m_dir->path());
    QVERIFY(runExport(dialog));
    const QString headline = dialog.results()->headline();
    QVERIFY2(headline.contains(QLatin1String("validation error")), qPrintable(headline));
    QVERIFY2(headline.contains(QLatin1String("lan-overlap")), qPrintable(headline));
    QCOMPARE(entries(), QStringList());
}

void TestExportDialog::overwriteAsksFirst()
{
    QStringList asked;
    bool answer = false;
    ExportDialog dialog(m_session, nullptr, [&](const QStringList &existing) {
        asked = existing;
        return answer;
    });
    dialog.options()->setFolder(m_dir->path());
    dialog.options()->setScope(ExportOptionsForm::UserScope);
    QVERIFY(dialog.options()->selectTarget(QStringLiteral("staff/alice")));
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("user-staff-alice.tar.gz"));
    QString writeError;
    QVERIFY2(FileBytes::writeAtomic(path, "old", QFile::ReadOwner | QFile::WriteOwner, &writeError),
             qPrintable(writeError));

    QVERIFY(!dialog.startExport()); // declined: nothing started
    QCOMPARE(asked, QStringList{QStringLiteral("user-staff-alice.tar.gz")});
    QVERIFY(!dialog.job());
    LoadError e;
    QCOMPARE(FileBytes::read(path, &e).value_or(QByteArray()), QByteArray("old"));

    asked.clear();
    answer = true;
    QVERIFY(runExport(dialog));
    QCOMPARE(asked, QStringList{QStringLiteral("user-staff-alice.tar.gz")});
    QString error;
    QVERIFY2(BundleImport::fromFile(path, QString(), false, &error), qPrintable(error));
}

void TestExportDialog::remembersFolderAndFormat()
{
    {
        ExportDialog dialog(m_session, nullptr, [](const QStringList &) { return false; });
        dialog.options()->setFolder(m_dir->path());
        dialog.options()->setFormat(ArchiveFormat::Zip);
        dialog.options()->setScope(ExportOptionsForm::SiteScope);
        QVERIFY(runExport(dialog));
    }
    ExportDialog again(m_session, nullptr, [](const QStringList &) { return false; });
    QCOMPARE(again.options()->folder(), QDir::cleanPath(m_dir->path()));
    QCOMPARE(again.options()->format(), ArchiveFormat::Zip);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
