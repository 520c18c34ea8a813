#pragma once

#include "core/import/sourcetree.h"

#include <QList>
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
// A folder as `import` takes it on its command line: one box when it looks
// like one (a file at its top, or an etc/, swanctl/, ppp/... folder), else
// every sub-folder and archive in it is a box (in name order; dot files and
// symbolic links are not boxes). nullopt with *error when nothing loads.
bool isSingleBox(const QString &dir);
std::optional<QList<SourceTree>> loadDeployment(const QString &dir, QString *error);

} // namespace BoxSourceLoader
