#pragma once

#include "core/import/sourcetree.h"

#include <QString>
#include <optional>

// Reads one imported box from disk: a folder (walked without following
// symbolic links; those are listed as skipped), an archive (tar, tar.gz, zip:
// read in memory by ArchiveReader, which refuses unsafe entries), or a single
// file. The only part of core/import that touches the file system.
namespace BoxSourceLoader {

std::optional<SourceTree> load(const QString &path, QString *error);
// The box's name: the folder or archive name without its extension.
QString label(const QString &path);

} // namespace BoxSourceLoader
