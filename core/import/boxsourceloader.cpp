#include "core/import/boxsourceloader.h"

#include "core/bundle/archivereader.h"
#include "core/import/importlimits.h"
#include "core/io/filebytes.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <algorithm>

namespace {

bool isArchive(const QString &path)
{
    return path.endsWith(QLatin1String(".tar")) || path.endsWith(QLatin1String(".tar.gz"))
           || path.endsWith(QLatin1String(".tgz")) || path.endsWith(QLatin1String(".zip"));
}

// The Unix permission bits of a file on disk (the owner, group and other bits).
int unixMode(QFileDevice::Permissions p)
{
    int mode = 0;
    for (const auto &[bit, perm] : {std::pair{0400, QFileDevice::ReadOwner}, std::pair{0200, QFileDevice::WriteOwner},
                                    std::pair{0100, QFileDevice::ExeOwner}, std::pair{040, QFileDevice::ReadGroup},
                                    std::pair{020, QFileDevice::WriteGroup}, std::pair{010, QFileDevice::ExeGroup},
                                    std::pair{04, QFileDevice::ReadOther}, std::pair{02, QFileDevice::WriteOther},
                                    std::pair{01, QFileDevice::ExeOther}}) {
        if (p.testFlag(perm))
            mode |= bit;
    }
    return mode;
}

// Folder names that only a copy of a box has at its top ("/" or /etc copies).
bool isConfigFolder(const QString &name)
{
    static const QStringList names{QStringLiteral("etc"),      QStringLiteral("swanctl"),
                                   QStringLiteral("ppp"),      QStringLiteral("xl2tpd"),
                                   QStringLiteral("ipsec.d"),  QStringLiteral("strongswan.d"),
                                   QStringLiteral("strongswan")};
    return names.contains(name);
}

std::optional<QByteArray> readCapped(const QString &file, QString *error)
{
    LoadError e;
    auto bytes = FileBytes::read(file, &e);
    if (!bytes)
        *error = QStringLiteral("%1: %2").arg(file, e.message);
    return bytes;
}

std::optional<SourceTree> folder(const QString &path, QString *error)
{
    SourceTree tree(BoxSourceLoader::label(path));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QDir root(absolute); // relativeFilePath() needs absolute paths on both sides
    QDirIterator it(absolute, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = root.relativeFilePath(file);
        if (info.isSymLink()) {
            tree.skip(rel, QStringLiteral("not read: a symbolic link (never followed)"));
            continue;
        }
        if (!info.isFile()) {
            tree.skip(rel, QStringLiteral("not read: not a regular file"));
            continue;
        }
        if (info.size() > ImportLimits::kMaxFileSize) {
            *error = QStringLiteral("%1: larger than %2 bytes").arg(rel).arg(ImportLimits::kMaxFileSize);
            return std::nullopt;
        }
        const auto bytes = readCapped(file, error);
        if (!bytes || !tree.add(rel, *bytes, error, unixMode(info.permissions())))
            return std::nullopt;
    }
    return tree;
}

} // namespace

namespace BoxSourceLoader {

QString label(const QString &path)
{
    QString name = QFileInfo(QDir::cleanPath(path)).fileName();
    for (const char *ext : {".tar.gz", ".tgz", ".tar", ".zip"}) {
        if (name.endsWith(QLatin1String(ext)))
            return name.chopped(int(qstrlen(ext)));
    }
    return name;
}

std::optional<SourceTree> load(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir())
        return folder(path, error);
    const auto bytes = readCapped(path, error);
    if (!bytes)
        return std::nullopt;
    SourceTree tree(label(path));
    if (!isArchive(path)) {
        if (!tree.add(info.fileName(), *bytes, error, unixMode(info.permissions())))
            return std::nullopt;
        return tree;
    }
    ArchiveLimits limits;
    limits.maxEntrySize = ImportLimits::kMaxFileSize;
    limits.maxTotalSize = ImportLimits::kMaxBoxSize;
    limits.maxEntries = ImportLimits::kMaxFiles;
    QString why;
    const auto items = ArchiveReader::read(*bytes, limits, &why);
    if (!items) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return std::nullopt;
    }
    for (const ArchiveItem &item : *items) {
        if (!item.isDir && !tree.add(item.path, item.content, error, item.mode))
            return std::nullopt;
    }
    return tree;
}

bool isSingleBox(const QString &dir)
{
    const QDir d(dir);
    if (!d.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).isEmpty())
        return true; // a file at the top: a copy of /etc, or of one box's files
    const QStringList folders = d.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return std::any_of(folders.cbegin(), folders.cend(), isConfigFolder);
}

std::optional<QList<SourceTree>> loadDeployment(const QString &dir, QString *error)
{
    if (!QFileInfo(dir).isDir()) {
        *error = QStringLiteral("%1: not a folder").arg(dir);
        return std::nullopt;
    }
    QStringList boxes;
    if (isSingleBox(dir)) {
        boxes << dir;
    } else {
        const QDir d(dir);
        for (const QFileInfo &e : d.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
            if (e.isSymLink() || !(e.isDir() || isArchive(e.fileName())))
                continue; // not a box: never followed, not read
            boxes << e.filePath();
        }
    }
    if (boxes.isEmpty()) {
        *error = QStringLiteral("%1: no box folder or archive in it").arg(dir);
        return std::nullopt;
    }
    QList<SourceTree> trees;
    for (const QString &b : boxes) {
        auto tree = load(b, error);
        if (!tree)
            return std::nullopt;
        trees.append(std::move(*tree));
    }
    return trees;
}

} // namespace BoxSourceLoader
