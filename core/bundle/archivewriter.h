#pragma once

#include "core/bundle/archiveformat.h"
#include "core/bundle/archiveitem.h"

#include <QList>
#include <optional>

// Writes files into an archive in memory, reproducibly: entries sorted by
// path with every parent folder as its own entry first, fixed mtime
// (kFixedTime), uid/gid 0 ("root"), no gzip timestamp or name. Uses libarchive.
namespace ArchiveWriter {

constexpr qint64 kFixedTime = 946684800; // 2000-01-01T00:00:00Z (zip needs >= 1980)

std::optional<QByteArray> write(const QList<ArchiveItem> &files, ArchiveFormat format,
                                QString *error);

} // namespace ArchiveWriter
