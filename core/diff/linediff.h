#pragma once

#include "core/diff/lineedit.h"

#include <QStringList>

// A shortest edit script between two lists of lines (Myers, "An O(ND)
// Difference Algorithm and Its Variations", 1986), in the linear-space
// divide-and-conquer form: O((N+M)·D) time, O(N+M) memory. Within a run of
// changes, deletions come before insertions (like diff -u). Pure.
namespace LineDiff {

EditScript diff(const QStringList &oldLines, const QStringList &newLines);

// The number of Delete and Insert steps in a script (the edit distance D).
int distance(const EditScript &script);

} // namespace LineDiff
