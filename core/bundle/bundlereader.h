#pragma once

#include "core/bundle/archivelimits.h"
#include "core/bundle/bundle.h"
#include "core/bundle/bundlecontents.h"
#include "core/bundle/archiveformat.h"

#include <optional>

// Bundles to archives and back. Reading trusts nothing: ArchiveReader's entry
// checks, then one top folder holding manifest.json, and every file matching
// the manifest exactly (no extra or missing file, SHA-256, size and mode
// equal). Errors name the entry. Pure (memory in, memory out).
namespace BundleReader {

std::optional<QByteArray> toArchive(const Bundle &bundle, ArchiveFormat format, QString *error);
std::optional<BundleContents> read(const QByteArray &archive, const ArchiveLimits &limits,
                                   QString *error);

} // namespace BundleReader
