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
    // C0/C1 controls, DEL, line separators and invisible format characters
    // (zero-width, bidirectional controls that make "gnp.exe" read as "exe.png").
    for (const QChar c : path) {
        const QChar::Category k = c.category();
        if (k == QChar::Other_Control || k == QChar::Other_Format || c.unicode() == 0x2028
            || c.unicode() == 0x2029)
            return QStringLiteral("control or invisible character U+%1 in path")
                .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
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
