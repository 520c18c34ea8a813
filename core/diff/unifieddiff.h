#pragma once

#include <QString>

// The unified diff (diff -u format) of two texts: "--- old", "+++ new", then
// hunks "@@ -l,s +l,s @@" with `context` unchanged lines around each change.
// Empty when the texts are equal. Pure.
namespace UnifiedDiff {

QString format(const QString &oldLabel, const QString &newLabel, const QString &oldText,
               const QString &newText, int context = 3);

} // namespace UnifiedDiff
