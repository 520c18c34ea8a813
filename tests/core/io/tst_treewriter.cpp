#include "core/io/filebytes.h"
#include "core/io/treewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A new output tree is written beside its target and appears whole or not at
// all; an existing one is updated file by file, each replaced atomically.
class TestTreeWriter : public QObject
{
    Q_OBJECT

    // Owner, group and others (Qt also reports the owner's bits as "user" bits).
    static QFileDevice::Permissions mode(const QString &file)
    {
        return QFile::permissions(file)
               & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    }

    static QStringList entries(const QString &dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void freshTreeAppearsOnlyWhenCommitted()
    {
        QTemporaryDir base;
        const QString target = base.filePath(QStringLiteral("out"));
        TreeWriter w = TreeWriter::fresh(target);
        QString error;
        QVERIFY2(w.open(&error), qPrintable(error));
        QVERIFY(w.write(QStringLiteral("hq/etc/ppp/chap-secrets"), "secret\n",
                        FileBytes::privateMode(), &error));
        QVERIFY(w.write(QStringLiteral("hq/etc/ppp/options"), "mtu 1400\n",
                        FileBytes::publicMode(), &error));
        QVERIFY(w.write(QStringLiteral("README.md"), "x\n", FileBytes::publicMode(), &error));
        QVERIFY(!QFileInfo::exists(target)); // nothing at the target while it is written
        QCOMPARE(entries(base.path()).size(), 1);   // only the hidden sibling
        QVERIFY(entries(base.path()).first().startsWith(QLatin1String(".out.partial-")));
        QVERIFY2(w.commit(&error), qPrintable(error));
        QCOMPARE(entries(base.path()), QStringList{QStringLiteral("out")});
        QFile secret(target + u"/hq/etc/ppp/chap-secrets");
        QCOMPARE(mode(secret.fileName()), FileBytes::privateMode());
        QVERIFY(secret.open(QIODevice::ReadOnly));
        QCOMPARE(secret.readAll(), QByteArray("secret\n"));
        QCOMPARE(mode(target + u"/hq/etc/ppp/options"), FileBytes::publicMode());
    }

    void uncommittedFreshTreeLeavesNothing()
    {
        QTemporaryDir base;
        {
            TreeWriter w = TreeWriter::fresh(base.filePath(QStringLiteral("out")));
            QString error;
            QVERIFY(w.open(&error));
            QVERIFY(w.write(QStringLiteral("a/b/c"), "c\n", FileBytes::publicMode(), &error));
        }
        QVERIFY(entries(base.path()).isEmpty());
    }

    void freshNeverReplacesAFullFolder()
    {
        QTemporaryDir base;
        const QString target = base.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(target));
        QString error;
        QVERIFY(FileBytes::writeAtomic(target + u"/keep", "k", FileBytes::publicMode(), &error));
        {
            TreeWriter w = TreeWriter::fresh(target);
            QVERIFY(w.open(&error));
            QVERIFY(w.write(QStringLiteral("new"), "n", FileBytes::publicMode(), &error));
            QVERIFY(!w.commit(&error));
            QVERIFY2(error.contains(QLatin1String("cannot move")), qPrintable(error));
        }
        QCOMPARE(entries(base.path()), QStringList{QStringLiteral("out")});
        QCOMPARE(entries(target), QStringList{QStringLiteral("keep")});
    }

    void inPlaceReplacesFilesAndKeepsOthers()
    {
        QTemporaryDir base;
        const QString target = base.filePath(QStringLiteral("out"));
        QString error;
        QVERIFY(QDir().mkpath(target + u"/hq"));
        QVERIFY(FileBytes::writeAtomic(target + u"/hq/f", "old", FileBytes::publicMode(), &error));
        QVERIFY(FileBytes::writeAtomic(target + u"/other", "o", FileBytes::publicMode(), &error));
        TreeWriter w = TreeWriter::inPlace(target);
        QVERIFY(w.open(&error));
        QVERIFY(w.write(QStringLiteral("hq/f"), "new", FileBytes::privateMode(), &error));
        QVERIFY(w.write(QStringLiteral("gw/etc/g"), "g", FileBytes::publicMode(), &error));
        QVERIFY(w.commit(&error));
        QFile f(target + u"/hq/f");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new"));
        QCOMPARE(mode(f.fileName()), FileBytes::privateMode());
        QVERIFY(QFileInfo::exists(target + u"/other"));
        QVERIFY(QFileInfo::exists(target + u"/gw/etc/g"));
        QCOMPARE(entries(target + u"/hq"), QStringList{QStringLiteral("f")}); // no temporary left
    }
};

QTEST_GUILESS_MAIN(TestTreeWriter)
#include "tst_treewriter.moc"
