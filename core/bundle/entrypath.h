#pragma once

#include <QString>

// The rule every path inside a bundle (archive entry or manifest line) obeys:
// relative, '/'-separated, no empty, "." or ".." components, no backslash,
// no drive letter, no control (C0, C1), zero-width or bidirectional
// characters. Returns why a path breaks the
// rule, or an empty string when it is fine.
namespace EntryPath {

QString problem(const QString &path);

} // namespace EntryPath
