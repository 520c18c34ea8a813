#include "core/bundle/bundlereader.h"

#include "core/bundle/archivereader.h"
#include "core/bundle/archivewriter.h"
#include "core/bundle/filemode.h"

#include <QSet>

namespace {

std::nullopt_t fail(QString *error, const QString &entry, const QString &why)
{
    *error = QStringLiteral("entry \"%1\": %2").arg(entry, why);
    return std::nullopt;
}

} // namespace

namespace BundleReader {

std::optional<QByteArray> toArchive(const Bundle &bundle, ArchiveFormat format, QString *error)
{
    QList<ArchiveItem> items;
    for (const GeneratedFile &f : bundle.files)
        items.append(ArchiveItem{bundle.name + QLatin1Char('/') + f.path, f.content, f.mode,
                                 false});
    return ArchiveWriter::write(items, format, error);
}

std::optional<BundleContents> read(const QByteArray &archive, const ArchiveLimits &limits,
                                   QString *error)
{
    const auto items = ArchiveReader::read(archive, limits, error);
    if (!items)
        return std::nullopt;
    if (items->isEmpty()) {
        *error = QStringLiteral("the archive is empty");
        return std::nullopt;
    }
    const QString top = items->first().path.section(QLatin1Char('/'), 0, 0);
    const QString manifestPath = top + QLatin1Char('/') + QLatin1String(BundleManifest::kFileName);
    const ArchiveItem *manifestItem = nullptr;
    for (const ArchiveItem &i : *items) {
        if (i.path.section(QLatin1Char('/'), 0, 0) != top)
            return fail(error, i.path,
                        QStringLiteral("outside the bundle folder \"%1\"").arg(top));
        if (i.path == top && !i.isDir)
            return fail(error, i.path, QStringLiteral("the bundle folder is a file"));
        if (i.path == manifestPath && !i.isDir)
            manifestItem = &i;
    }
    if (!manifestItem)
        return fail(error, manifestPath, QStringLiteral("missing: a bundle needs a manifest"));
    auto manifest = BundleManifest::fromJson(manifestItem->content, error);
    if (!manifest)
        return std::nullopt;
    if (manifest->name != top)
        return fail(error, manifestPath,
                    QStringLiteral("names the bundle \"%1\" but the folder is \"%2\"")
                        .arg(manifest->name, top));
    BundleContents contents;
    QSet<QString> present;
    for (const ArchiveItem &i : *items) {
        if (i.isDir || &i == manifestItem)
            continue;
        const QString rel = i.path.mid(top.size() + 1);
        const BundleManifest::Entry *e = manifest->entry(rel);
        if (!e)
            return fail(error, i.path, QStringLiteral("not listed in the manifest"));
        if (i.content.size() != e->size)
            return fail(error, i.path, QStringLiteral("size %1 does not match the manifest (%2)")
                                           .arg(i.content.size())
                                           .arg(e->size));
        if (BundleManifest::sha256Hex(i.content) != e->sha256)
            return fail(error, i.path, QStringLiteral("SHA-256 does not match the manifest"));
        if (i.mode != e->mode)
            return fail(error, i.path, QStringLiteral("mode %1 does not match the manifest (%2)")
                                           .arg(FileMode::octal(i.mode), FileMode::octal(e->mode)));
        present.insert(rel);
        contents.files.append(GeneratedFile{rel, i.content, i.mode});
    }
    for (const BundleManifest::Entry &e : manifest->files) {
        if (!present.contains(e.path))
            return fail(error, top + QLatin1Char('/') + e.path,
                        QStringLiteral("listed in the manifest but missing from the archive"));
    }
    contents.files.append(GeneratedFile{QLatin1String(BundleManifest::kFileName),
                                        manifestItem->content, manifestItem->mode});
    contents.manifest = *manifest;
    return contents;
}

} // namespace BundleReader
