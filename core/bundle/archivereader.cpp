#include "core/bundle/archivereader.h"

#include "core/bundle/entrypath.h"
#include "core/validation/valuerules.h"

#include <QHash>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace {

struct ReadDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

QString libarchiveError(archive *a)
{
    const char *e = archive_error_string(a);
    return e ? QString::fromUtf8(e) : QStringLiteral("unknown libarchive error");
}

QString entryName(archive_entry *e)
{
    if (const char *utf8 = archive_entry_pathname_utf8(e))
        return QString::fromUtf8(utf8);
    if (const char *raw = archive_entry_pathname(e))
        return QString::fromLocal8Bit(raw);
    return QString();
}

// Why an entry's type is refused, or empty for a regular file or a folder.
QString typeProblem(archive_entry *e)
{
    if (archive_entry_hardlink(e))
        return QStringLiteral("hard link");
    switch (archive_entry_filetype(e)) {
    case AE_IFREG:
    case AE_IFDIR:
        return QString();
    case AE_IFLNK:
        return QStringLiteral("symbolic link");
    case AE_IFCHR:
        return QStringLiteral("character device");
    case AE_IFBLK:
        return QStringLiteral("block device");
    case AE_IFIFO:
        return QStringLiteral("fifo");
    case AE_IFSOCK:
        return QStringLiteral("socket");
    default:
        break;
    }
    return QStringLiteral("unsupported entry type");
}

class Reader
{
public:
    Reader(const ArchiveLimits &limits, QString *error) : m_limits(limits), m_error(error) {}

    std::optional<QList<ArchiveItem>> run(const QByteArray &bytes)
    {
        std::unique_ptr<archive, ReadDeleter> a(archive_read_new());
        archive_read_support_format_tar(a.get());
        archive_read_support_format_zip(a.get());
        archive_read_support_filter_gzip(a.get());
        if (archive_read_open_memory(a.get(), bytes.constData(), size_t(bytes.size()))
            != ARCHIVE_OK)
            return fail(QStringLiteral("not a tar, tar.gz or zip archive: %1")
                            .arg(libarchiveError(a.get())));
        for (;;) {
            archive_entry *e = nullptr;
            const int rc = archive_read_next_header(a.get(), &e);
            if (rc == ARCHIVE_EOF)
                break;
            if (rc != ARCHIVE_OK)
                return fail(QStringLiteral("damaged archive after %1 entries: %2")
                                .arg(m_items.size())
                                .arg(libarchiveError(a.get())));
            if (!addEntry(a.get(), e))
                return std::nullopt;
        }
        if (!checkFoldersAreNotFiles())
            return std::nullopt;
        return m_items;
    }

private:
    std::nullopt_t fail(const QString &message)
    {
        *m_error = message;
        return std::nullopt;
    }

    bool refuse(const QString &entry, const QString &why)
    {
        *m_error = QStringLiteral("entry \"%1\": %2").arg(ValueRules::escapeControls(entry), why);
        return false;
    }

    bool addEntry(archive *a, archive_entry *e)
    {
        QString name = entryName(e);
        if (m_items.size() >= m_limits.maxEntries)
            return refuse(name, QStringLiteral("more than %1 entries").arg(m_limits.maxEntries));
        if (const QString t = typeProblem(e); !t.isEmpty())
            return refuse(name, t + QStringLiteral(" (not allowed in a bundle)"));
        ArchiveItem item;
        item.isDir = archive_entry_filetype(e) == AE_IFDIR;
        if (item.isDir && name.endsWith(QLatin1Char('/')))
            name.chop(1);
        if (const QString p = EntryPath::problem(name); !p.isEmpty())
            return refuse(name, p);
        item.path = name;
        item.mode = int(archive_entry_perm(e)) & 07777;
        // NFC and case folded: "café" written precomposed and decomposed is one name
        // on macOS and in most file managers, so a bundle may hold only one of them.
        const QString folded = name.normalized(QString::NormalizationForm_C).toCaseFolded();
        if (m_seen.contains(folded))
            return refuse(name, m_seen.value(folded) == name
                                    ? QStringLiteral("duplicate entry")
                                    : QStringLiteral("duplicate entry (differs from \"%1\" only "
                                                     "in case or Unicode normalization)")
                                          .arg(ValueRules::escapeControls(m_seen.value(folded))));
        m_seen.insert(folded, name);
        if (!item.isDir && !readData(a, e, &item))
            return false;
        m_items.append(item);
        return true;
    }

    bool readData(archive *a, archive_entry *e, ArchiveItem *item)
    {
        if (archive_entry_size_is_set(e) && archive_entry_size(e) > m_limits.maxEntrySize)
            return refuse(item->path, tooLarge());
        char buffer[16384];
        for (;;) {
            const la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
            if (n < 0)
                return refuse(item->path, QStringLiteral("cannot read: %1").arg(libarchiveError(a)));
            if (n == 0)
                return true;
            if (item->content.size() + n > m_limits.maxEntrySize)
                return refuse(item->path, tooLarge());
            m_total += n;
            if (m_total > m_limits.maxTotalSize)
                return refuse(item->path,
                              QStringLiteral("the archive unpacks to more than %1 bytes")
                                  .arg(m_limits.maxTotalSize));
            item->content.append(buffer, qsizetype(n));
        }
    }

    QString tooLarge() const
    {
        return QStringLiteral("larger than the limit of %1 bytes").arg(m_limits.maxEntrySize);
    }

    // "a" as a file and "a/b" as an entry: refuse, the file would be a folder.
    bool checkFoldersAreNotFiles()
    {
        QHash<QString, bool> isDir;
        for (const ArchiveItem &i : m_items)
            isDir.insert(i.path.toCaseFolded(), i.isDir);
        for (const ArchiveItem &i : m_items) {
            QString p = i.path;
            for (qsizetype s = p.lastIndexOf(QLatin1Char('/')); s > 0;
                 s = p.lastIndexOf(QLatin1Char('/'))) {
                p.truncate(s);
                const auto it = isDir.constFind(p.toCaseFolded());
                if (it != isDir.constEnd() && !it.value())
                    return refuse(i.path, QStringLiteral("\"%1\" is a file, not a folder").arg(p));
            }
        }
        return true;
    }

    const ArchiveLimits &m_limits;
    QString *m_error;
    QList<ArchiveItem> m_items;
    QHash<QString, QString> m_seen; // case-folded path -> path as written
    qint64 m_total = 0;
};

} // namespace

namespace ArchiveReader {

std::optional<QList<ArchiveItem>> read(const QByteArray &archive, const ArchiveLimits &limits,
                                       QString *error)
{
    return Reader(limits, error).run(archive);
}

} // namespace ArchiveReader
