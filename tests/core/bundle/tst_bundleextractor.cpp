#include "bundlefixture.h"

#include "core/bundle/bundleextractor.h"
#include "core/bundle/bundleimport.h"
#include "core/bundle/bundlereader.h"
#include "core/io/filebytes.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <sys/time.h>
#include <ctime>

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

// A staging folder as an import leaves it when it is killed midway: the
// profile with its secrets inside, and (`lockPid` > 0) its lock file naming
// that process. Returns the folder.
QString leftoverStaging(const QString &target, const char *suffix, qint64 lockPid)
{
    const QString dir = target + QStringLiteral("/.routestudio-import-") + QLatin1String(suffix);
    QString error;
    QDir().mkpath(dir + QStringLiteral("/user-staff-alice"));
    FileBytes::writeAtomic(dir + QStringLiteral("/user-staff-alice/profile.json"), "{\"psk\": \"x\"}",
                           FileBytes::privateMode(), &error);
    if (lockPid > 0) {
        // QLockFile's own format with another pid in its first line.
        const QString lockPath = dir + QStringLiteral("/.lock");
        QLockFile lock(lockPath);
        lock.lock();
        QFile f(lockPath);
        f.open(QIODevice::ReadOnly);
        QByteArray content = f.readAll();
        f.close();
        lock.unlock();
        content = QByteArray::number(lockPid) + content.mid(content.indexOf('\n'));
        FileBytes::writeAtomic(lockPath, content, FileBytes::privateMode(), &error);
    }
    return dir;
}

qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForStarted();
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
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

    // A killed import leaves its staging folder (with the secrets): the next
    // import removes it, but never the folder of an import still running.
    void staleStagingFoldersAreSwept()
    {
        QTemporaryDir source, target;
        const QString archive = writeArchive(source, ArchiveFormat::TarGz);
        const QString killed = leftoverStaging(target.path(), "killed", deadPid());
        const QString running = leftoverStaging(target.path(), "running", 0);
        QLockFile runningLock(running + QStringLiteral("/.lock"));
        QVERIFY(runningLock.lock());
        const QString oldUnlocked = leftoverStaging(target.path(), "oldone", 0);
        const timeval anHourAgo[2] = {{::time(nullptr) - 3600, 0}, {::time(nullptr) - 3600, 0}};
        QCOMPARE(::utimes(QFile::encodeName(oldUnlocked).constData(), anHourAgo), 0);
        const QString fresh = leftoverStaging(target.path(), "justnow", 0);
        QString error;
        QVERIFY2(BundleImport::fromFile(archive, target.path(), false, &error), qPrintable(error));
        QVERIFY2(!QFileInfo::exists(killed), "the killed import's folder is gone");
        QVERIFY2(!QFileInfo::exists(oldUnlocked), "an old folder without a lock is gone");
        QVERIFY2(QFileInfo::exists(running + QStringLiteral("/user-staff-alice/profile.json")),
                 "a running import's folder is kept");
        QVERIFY2(QFileInfo::exists(fresh), "a folder without a lock, just made, is kept");
    }

    // Every folder the import creates is 0700, not only the innermost one.
    void intermediateFoldersArePrivate()
    {
        QTemporaryDir target;
        BundleContents contents;
        contents.manifest.name = QStringLiteral("user-x");
        contents.files = {GeneratedFile{QStringLiteral("a/b/c/file.txt"), "x\n", 0600}};
        QString error;
        const auto out = BundleExtractor::extract(contents, target.path(), false, &error);
        QVERIFY2(out, qPrintable(error));
        for (const char *dir : {"", "/a", "/a/b", "/a/b/c"})
            QCOMPARE(modeOf(*out + QLatin1String(dir)), 0700);
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
