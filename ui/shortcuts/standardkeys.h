#pragma once

#include <QKeySequence>

// A standard key as the platform binds it, or `fallback` where the platform
// binds none (Qt's generic X11 scheme has no Save As, and a session without
// a desktop theme may have no Quit): every window offers the same keys.
namespace StandardKeys {

inline QKeySequence orFallback(QKeySequence::StandardKey key, const char *fallback)
{
    const QKeySequence bound(key);
    return bound.isEmpty() ? QKeySequence(QString::fromLatin1(fallback)) : bound;
}

inline QKeySequence saveAs() { return orFallback(QKeySequence::SaveAs, "Ctrl+Shift+S"); }
inline QKeySequence quit() { return orFallback(QKeySequence::Quit, "Ctrl+Q"); }

} // namespace StandardKeys
