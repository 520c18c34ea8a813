#pragma once

#include "core/diff/filechange.h"
#include "core/diff/secretmask.h"
#include "core/generators/generatedfile.h"

#include <QList>

// The changes between two generations of one box's files (a site or a
// client): added, removed and changed files (content or mode), in path
// order, each with a unified diff of the secret-masked texts. Pure.
namespace BoxDiff {

QList<FileChange> compare(const QList<GeneratedFile> &oldFiles,
                          const QList<GeneratedFile> &newFiles, const SecretMask &mask,
                          int context = 3);

} // namespace BoxDiff
