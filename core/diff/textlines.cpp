#include "core/diff/textlines.h"

TextLines TextLines::split(const QString &text)
{
    TextLines t;
    if (text.isEmpty())
        return t;
    t.lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        t.lines.removeLast();
    else
        t.missingFinalNewline = true;
    return t;
}

QStringList TextLines::comparable() const
{
    QStringList out = lines;
    if (missingFinalNewline && !out.isEmpty())
        out.last().append(QLatin1Char('\n')); // never inside a split line
    return out;
}
