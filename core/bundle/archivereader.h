#pragma once

#include "core/bundle/archiveitem.h"
#include "core/bundle/archivelimits.h"

#include <QList>
#include <optional>

// Reads an untrusted archive (tar, tar.gz or zip) into memory and refuses,
// naming the entry: unsafe paths (EntryPath), symbolic and hard links,
// devices, fifos, sockets, duplicates (also differing only in case), a file
// used as a folder, and anything over the limits. Nothing touches the disk.
namespace ArchiveReader {

std::optional<QList<ArchiveItem>> read(const QByteArray &archive, const ArchiveLimits &limits,
                                       QString *error);

} // namespace ArchiveReader
