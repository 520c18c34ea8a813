#include "core/bundle/entrypath.h"

#include <QStringList>

namespace EntryPath {

QString problem(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("empty path");
    if (path.startsWith(QLatin1Char('/')))
        return QStringLiteral("absolute path");
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter())
        return QStringLiteral("absolute path (drive letter)");
    if (path.contains(QLatin1Char('\\')))
        return QStringLiteral("backslash in path");
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("control character in path");
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return QStringLiteral("path traversal (\"..\")");
        if (part == QLatin1String("."))
            return QStringLiteral("\".\" component in path");
        if (part.isEmpty())
            return QStringLiteral("empty component in path");
    }
    return QString();
}

} // namespace EntryPath
