#include "core/import/boxsourceloader.h"

#include "core/bundle/archivereader.h"
#include "core/import/importlimits.h"
#include "core/io/filebytes.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace {

bool isArchive(const QString &path)
{
    return path.endsWith(QLatin1String(".tar")) || path.endsWith(QLatin1String(".tar.gz"))
           || path.endsWith(QLatin1String(".tgz")) || path.endsWith(QLatin1String(".zip"));
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
        if (!bytes || !tree.add(rel, *bytes, error))
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
        if (!tree.add(info.fileName(), *bytes, error))
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
        if (!item.isDir && !tree.add(item.path, item.content, error))
            return std::nullopt;
    }
    return tree;
}

} // namespace BoxSourceLoader
