#include "core/bundle/archivewriter.h"

#include <QMap>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

la_ssize_t appendToBuffer(archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)->append(static_cast<const char *>(buffer),
                                                   qsizetype(length));
    return la_ssize_t(length);
}

QString libarchiveError(archive *a)
{
    const char *e = archive_error_string(a);
    return e ? QString::fromUtf8(e) : QStringLiteral("unknown libarchive error");
}

// Sorted entries, each folder (given or implied by a file path) once, before its contents.
QList<ArchiveItem> withFolders(const QList<ArchiveItem> &files)
{
    QMap<QString, ArchiveItem> byPath;
    for (const ArchiveItem &f : files) {
        byPath.insert(f.path, f);
        QString dir = f.path;
        for (int slash = int(dir.lastIndexOf(QLatin1Char('/'))); slash > 0;
             slash = int(dir.lastIndexOf(QLatin1Char('/')))) {
            dir.truncate(slash);
            if (!byPath.contains(dir))
                byPath.insert(dir, ArchiveItem{dir, {}, 0755, true});
        }
    }
    return byPath.values(); // QMap orders by path: "a" < "a/b" < "a/b/c" < "a0"
}

} // namespace

namespace ArchiveWriter {

std::optional<QByteArray> write(const QList<ArchiveItem> &files, ArchiveFormat format,
                                QString *error)
{
    std::unique_ptr<archive, ArchiveDeleter> a(archive_write_new());
    QByteArray out;
    int rc = ARCHIVE_OK;
    if (format == ArchiveFormat::Zip) {
        rc = archive_write_set_format_zip(a.get());
    } else {
        rc = archive_write_set_format_pax_restricted(a.get());
        if (rc == ARCHIVE_OK)
            rc = archive_write_add_filter_gzip(a.get());
        // No timestamp in the gzip header: the same input gives the same bytes.
        if (rc == ARCHIVE_OK)
            rc = archive_write_set_filter_option(a.get(), "gzip", "timestamp", nullptr);
    }
    if (rc == ARCHIVE_OK)
        rc = archive_write_set_bytes_in_last_block(a.get(), 1);
    if (rc == ARCHIVE_OK)
        rc = archive_write_open2(a.get(), &out, nullptr, &appendToBuffer, nullptr, nullptr);
    if (rc != ARCHIVE_OK) {
        *error = QStringLiteral("cannot start the archive: %1").arg(libarchiveError(a.get()));
        return std::nullopt;
    }
    for (const ArchiveItem &item : withFolders(files)) {
        std::unique_ptr<archive_entry, EntryDeleter> e(archive_entry_new());
        const QByteArray path = item.isDir ? (item.path + QLatin1Char('/')).toUtf8()
                                           : item.path.toUtf8();
        archive_entry_set_pathname_utf8(e.get(), path.constData());
        archive_entry_set_filetype(e.get(), item.isDir ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(e.get(), mode_t(item.mode & 07777));
        archive_entry_set_size(e.get(), item.isDir ? 0 : la_int64_t(item.content.size()));
        archive_entry_set_mtime(e.get(), time_t(kFixedTime), 0);
        archive_entry_set_uid(e.get(), 0);
        archive_entry_set_gid(e.get(), 0);
        archive_entry_set_uname(e.get(), "root");
        archive_entry_set_gname(e.get(), "root");
        if (archive_write_header(a.get(), e.get()) != ARCHIVE_OK
            || (!item.isDir && !item.content.isEmpty()
                && archive_write_data(a.get(), item.content.constData(),
                                      size_t(item.content.size()))
                       != la_ssize_t(item.content.size()))) {
            *error = QStringLiteral("cannot add %1 to the archive: %2")
                         .arg(item.path, libarchiveError(a.get()));
            return std::nullopt;
        }
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK) {
        *error = QStringLiteral("cannot finish the archive: %1").arg(libarchiveError(a.get()));
        return std::nullopt;
    }
    return out;
}

} // namespace ArchiveWriter
