#include "bundlefixture.h"

#include "core/bundle/bundleimport.h"
#include "core/bundle/bundlereader.h"
#include "core/io/filebytes.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat st{};
    if (lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString writeArchive(const QTemporaryDir &dir, ArchiveFormat format)
{
    const BundleFixture fx;
    QString error;
    const auto bytes = BundleReader::toArchive(fx.userBundle(), format, &error);
    const QString path = dir.filePath(QStringLiteral("alice.bundle"));
    if (!bytes || !FileBytes::writeAtomic(path, *bytes, FileBytes::privateMode(), &error))
        return QString();
    return path;
}

QStringList entriesBelow(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

class TestBundleExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractKeepsModes_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("tar.gz") << int(ArchiveFormat::TarGz);
        QTest::newRow("zip") << int(ArchiveFormat::Zip);
    }

    void extractKeepsModes()
    {
        QFETCH(int, format);
        QTemporaryDir source, target;
        const QString archive = writeArchive(source, ArchiveFormat(format));
        QVERIFY(!archive.isEmpty());
        QString error;
        const auto result = BundleImport::fromFile(archive, target.path(), false, &error);
        QVERIFY2(result, qPrintable(error));
        const QString root = QFileInfo(target.path()).canonicalFilePath();
        QCOMPARE(result->extractedTo, root + QStringLiteral("/user-staff-alice"));
        QCOMPARE(modeOf(result->extractedTo + QStringLiteral("/profile.json")), 0600);
        QCOMPARE(modeOf(result->extractedTo + QStringLiteral("/files/staff.nmconnection")), 0600);
        QCOMPARE(modeOf(result->extractedTo + QStringLiteral("/files/staff-routes.sh")), 0755);
        QCOMPARE(modeOf(result->extractedTo + QStringLiteral("/README.md")), 0644);
        QCOMPARE(modeOf(result->extractedTo), 0700);
        // Only the bundle folder is left: no temporary folder, nothing else.
        QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden
                                               | QDir::NoDotAndDotDot),
                 QStringList({"user-staff-alice"}));
        QCOMPARE(entriesBelow(result->extractedTo),
                 QStringList({"README.md", "SHA256SUMS", "files", "files/staff-routes.sh",
                              "files/staff.nmconnection", "manifest.json", "profile.json"}));
    }

    void existingFolderIsRefusedUnlessReplacing()
    {
        QTemporaryDir source, target;
        const QString archive = writeArchive(source, ArchiveFormat::TarGz);
        QString error;
        QVERIFY(BundleImport::fromFile(archive, target.path(), false, &error));
        const QString marker = target.filePath(QStringLiteral("user-staff-alice/old-marker"));
        QVERIFY(FileBytes::writeAtomic(marker, "x", FileBytes::privateMode(), &error));
        QVERIFY(!BundleImport::fromFile(archive, target.path(), false, &error));
        QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));
        QVERIFY(QFileInfo::exists(marker)); // untouched
        QVERIFY2(BundleImport::fromFile(archive, target.path(), true, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(marker)); // replaced whole
        QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden
                                               | QDir::NoDotAndDotDot),
                 QStringList({"user-staff-alice"}));
    }

    // A symlink planted where the bundle folder goes is never followed.
    void plantedSymlinkIsRefused()
    {
        QTemporaryDir source, target, elsewhere;
        const QString archive = writeArchive(source, ArchiveFormat::TarGz);
        QVERIFY(QFile::link(elsewhere.path(), target.filePath(QStringLiteral("user-staff-alice"))));
        QString error;
        QVERIFY(!BundleImport::fromFile(archive, target.path(), true, &error));
        QVERIFY(QDir(elsewhere.path()).isEmpty());
    }

    void hostileArchiveWritesNothing()
    {
        QTemporaryDir source, target;
        QString error;
        const QString path = source.filePath(QStringLiteral("bad.tar.gz"));
        QVERIFY(FileBytes::writeAtomic(path, "garbage", FileBytes::privateMode(), &error));
        QVERIFY(!BundleImport::fromFile(path, target.path(), false, &error));
        QVERIFY(QDir(target.path()).isEmpty());
    }

    void missingTargetFolder()
    {
        QTemporaryDir source;
        const QString archive = writeArchive(source, ArchiveFormat::TarGz);
        QString error;
        QVERIFY(!BundleImport::fromFile(archive, source.filePath(QStringLiteral("nope")), false,
                                        &error));
        QVERIFY2(error.contains(QStringLiteral("not an existing folder")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBundleExtractor)
#include "tst_bundleextractor.moc"
