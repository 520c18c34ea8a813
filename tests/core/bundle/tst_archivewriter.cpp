#include "core/bundle/archivewriter.h"

#include <QTest>
#include <archive.h>
#include <archive_entry.h>

namespace {

struct Seen
{
    QString path;
    int mode;
    bool isDir;
    qint64 mtime;
    qint64 uid;
    qint64 gid;
};

QList<Seen> list(const QByteArray &bytes)
{
    QList<Seen> out;
    archive *a = archive_read_new();
    archive_read_support_format_all(a);
    archive_read_support_filter_all(a);
    archive_read_open_memory(a, bytes.constData(), size_t(bytes.size()));
    archive_entry *e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        out.append({QString::fromUtf8(archive_entry_pathname(e)), int(archive_entry_perm(e)),
                    archive_entry_filetype(e) == AE_IFDIR, qint64(archive_entry_mtime(e)),
                    qint64(archive_entry_uid(e)), qint64(archive_entry_gid(e))});
        archive_read_data_skip(a);
    }
    archive_read_free(a);
    return out;
}

QList<ArchiveItem> items()
{
    return {{QStringLiteral("b/files/etc/secret"), "s\n", 0600, false},
            {QStringLiteral("b/README.md"), "r\n", 0644, false},
            {QStringLiteral("b/files/run.sh"), "#!/bin/sh\n", 0755, false}};
}

} // namespace

class TestArchiveWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("tar.gz") << int(ArchiveFormat::TarGz);
        QTest::newRow("zip") << int(ArchiveFormat::Zip);
    }

    // Sorted, folders first and explicit, fixed metadata, modes kept.
    void formats()
    {
        QFETCH(int, format);
        QString error;
        const auto bytes = ArchiveWriter::write(items(), ArchiveFormat(format), &error);
        QVERIFY2(bytes, qPrintable(error));
        const QList<Seen> seen = list(*bytes);
        QStringList paths;
        for (const Seen &s : seen)
            paths << s.path;
        QCOMPARE(paths, QStringList({"b/", "b/README.md", "b/files/", "b/files/etc/",
                                     "b/files/etc/secret", "b/files/run.sh"}));
        for (const Seen &s : seen) {
            QCOMPARE(s.mtime, ArchiveWriter::kFixedTime);
            QCOMPARE(s.uid, 0);
            QCOMPARE(s.gid, 0);
            if (s.isDir)
                QCOMPARE(s.mode, 0755);
        }
        QCOMPARE(seen[4].mode, 0600);
        QCOMPARE(seen[5].mode, 0755);
        QCOMPARE(seen[1].mode, 0644);
    }

    // Same input, same bytes, whatever the clock says: no gzip timestamp.
    void reproducible_data() { formats_data(); }
    void reproducible()
    {
        QFETCH(int, format);
        QString error;
        QList<ArchiveItem> reversed = items();
        std::reverse(reversed.begin(), reversed.end());
        const auto first = ArchiveWriter::write(items(), ArchiveFormat(format), &error);
        QTest::qSleep(1100); // cross a second boundary
        const auto second = ArchiveWriter::write(reversed, ArchiveFormat(format), &error);
        QVERIFY(first && second);
        QCOMPARE(*first, *second);
        if (ArchiveFormat(format) == ArchiveFormat::TarGz) {
            QCOMPARE(first->left(2), QByteArray("\x1f\x8b"));
            QCOMPARE(first->mid(4, 4), QByteArray(4, '\0')); // gzip MTIME
        }
    }
};

QTEST_APPLESS_MAIN(TestArchiveWriter)
#include "tst_archivewriter.moc"
