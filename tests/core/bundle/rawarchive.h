#pragma once

// Test helper: writes archives entry by entry with libarchive directly, so
// tests can craft what RouteStudio itself never writes (links, devices,
// traversal, duplicates, lying sizes).

#include <QByteArray>
#include <QList>
#include <QString>
#include <archive.h>
#include <archive_entry.h>

struct RawEntry
{
    QByteArray path;
    QByteArray content;
    int mode = 0644;
    unsigned type = AE_IFREG;
    QByteArray linkTarget; // symlink target (AE_IFLNK)
    QByteArray hardlink;   // hard link target: the entry becomes a hard link
};

enum class RawFormat { TarGz, Zip, Tar };

// Returns an empty array when libarchive cannot write such an entry in the format.
inline QByteArray rawArchive(RawFormat format, const QList<RawEntry> &entries,
                             QString *why = nullptr)
{
    QByteArray out;
    archive *a = archive_write_new();
    if (format == RawFormat::Zip) {
        archive_write_set_format_zip(a);
    } else {
        archive_write_set_format_pax_restricted(a);
        if (format == RawFormat::TarGz)
            archive_write_add_filter_gzip(a);
    }
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open2(
        a, &out, nullptr,
        [](archive *, void *data, const void *buf, size_t n) -> la_ssize_t {
            static_cast<QByteArray *>(data)->append(static_cast<const char *>(buf), qsizetype(n));
            return la_ssize_t(n);
        },
        nullptr, nullptr);
    bool ok = true;
    for (const RawEntry &r : entries) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, r.path.constData());
        archive_entry_set_filetype(e, r.type);
        archive_entry_set_perm(e, mode_t(r.mode));
        archive_entry_set_mtime(e, 946684800, 0);
        if (!r.linkTarget.isEmpty())
            archive_entry_set_symlink(e, r.linkTarget.constData());
        if (!r.hardlink.isEmpty())
            archive_entry_set_hardlink(e, r.hardlink.constData());
        if (r.type == AE_IFCHR || r.type == AE_IFBLK)
            archive_entry_set_rdev(e, 0x0103);
        const bool hasData = r.type == AE_IFREG && r.hardlink.isEmpty();
        archive_entry_set_size(e, hasData ? la_int64_t(r.content.size()) : 0);
        if (archive_write_header(a, e) < ARCHIVE_WARN) {
            if (why)
                *why = QString::fromUtf8(archive_error_string(a));
            ok = false;
        } else if (hasData && !r.content.isEmpty()) {
            archive_write_data(a, r.content.constData(), size_t(r.content.size()));
        }
        archive_entry_free(e);
        if (!ok)
            break;
    }
    archive_write_close(a);
    archive_write_free(a);
    return ok ? out : QByteArray();
}
