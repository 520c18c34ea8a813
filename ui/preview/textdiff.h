#pragma once

#include <QString>
#include <QStringList>

// A line diff for the preview's "changes since save" view: the shortest edit
// script (Myers' greedy O((N+M)·D) algorithm) printed as a unified diff with
// `context` lines around each change. Pure.
namespace TextDiff {

QString unified(const QString &oldText, const QString &newText, const QString &oldName,
                const QString &newName, int context = 3);

} // namespace TextDiff
