#include "core/bundle/archivewriter.h"
#include "core/import/boxsourceloader.h"
#include "core/import/boxscanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Reading a box from disk: folders without following links, archives through
// ArchiveReader, limits before anything is parsed.
class TestBoxSourceLoader : public QObject
{
    Q_OBJECT

    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void folderWithoutFollowingLinks()
    {
        QTemporaryDir dir;
        const QString box = dir.filePath(QStringLiteral("gw1"));
        write(box + QStringLiteral("/etc/ipsec.conf"), "conn a\n right=192.0.2.1\n");
        write(dir.filePath(QStringLiteral("outside.secrets")), ": PSK \"test-only-outside-1\"\n");
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside.secrets")), box + QStringLiteral("/etc/ipsec.secrets")));
        QString error;
        const auto tree = BoxSourceLoader::load(box, &error);
        QVERIFY2(tree, qPrintable(error));
        QCOMPARE(tree->label(), QStringLiteral("gw1"));
        QCOMPARE(tree->paths(), QStringList{QStringLiteral("etc/ipsec.conf")});
        QCOMPARE(tree->skipped().value(QStringLiteral("etc/ipsec.secrets")),
                 QStringLiteral("not read: a symbolic link (never followed)"));
        const BoxScan scan = BoxScan::run(*tree);
        QVERIFY(scan.facts.psks.isEmpty());
        QCOMPARE(scan.formats.value(QStringLiteral("etc/ipsec.secrets")),
                 QStringLiteral("not read: a symbolic link (never followed)"));
    }

    void relativeFolderArgument()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("hub/etc/xl2tpd/xl2tpd.conf")), "[global]\n");
        const QString old = QDir::currentPath();
        QDir::setCurrent(dir.path());
        QString error;
        const auto tree = BoxSourceLoader::load(QStringLiteral("hub"), &error);
        QDir::setCurrent(old);
        QVERIFY2(tree, qPrintable(error));
        QCOMPARE(tree->paths(), QStringList{QStringLiteral("etc/xl2tpd/xl2tpd.conf")});
    }

    void oversizedFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("box/swanctl.conf")));
        QDir().mkpath(dir.filePath(QStringLiteral("box")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(17LL * 1024 * 1024)); // sparse: nothing to read
        big.close();
        QString error;
        QVERIFY(!BoxSourceLoader::load(dir.filePath(QStringLiteral("box")), &error));
        QCOMPARE(error, QStringLiteral("swanctl.conf: larger than 16777216 bytes"));
    }

    void archiveIsOneBox()
    {
        QTemporaryDir dir;
        QString error;
        const auto bytes = ArchiveWriter::write({{QStringLiteral("etc"), {}, 0755, true},
                                                 {QStringLiteral("etc/ipsec.conf"), "conn a\n right=192.0.2.1\n", 0644, false}},
                                                ArchiveFormat::TarGz, &error);
        QVERIFY2(bytes, qPrintable(error));
        write(dir.filePath(QStringLiteral("branch.tar.gz")), *bytes);
        const auto tree = BoxSourceLoader::load(dir.filePath(QStringLiteral("branch.tar.gz")), &error);
        QVERIFY2(tree, qPrintable(error));
        QCOMPARE(tree->label(), QStringLiteral("branch"));
        QCOMPARE(tree->paths(), QStringList{QStringLiteral("etc/ipsec.conf")});
        write(dir.filePath(QStringLiteral("junk.zip")), QByteArray("PK\x03\x04 not really", 16));
        QVERIFY(!BoxSourceLoader::load(dir.filePath(QStringLiteral("junk.zip")), &error));
        QVERIFY2(error.startsWith(dir.filePath(QStringLiteral("junk.zip")) + QStringLiteral(": ")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBoxSourceLoader)
#include "tst_boxsourceloader.moc"
