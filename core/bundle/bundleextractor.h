#pragma once

#include "core/bundle/bundlecontents.h"

#include <optional>

// Writes checked bundle contents below a target folder, and nowhere else:
// first into a fresh temporary folder inside the target (each file written
// atomically with its final mode, folders 0700), then one rename puts the
// bundle folder in place. An existing folder of the same name is refused
// unless `replace` is set (then it is swapped out and removed).
namespace BundleExtractor {

// Returns the path of the extracted bundle folder.
std::optional<QString> extract(const BundleContents &contents, const QString &targetDir,
                               bool replace, QString *error);

} // namespace BundleExtractor
