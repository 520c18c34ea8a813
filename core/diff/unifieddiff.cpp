#include "core/diff/unifieddiff.h"

#include "core/diff/linediff.h"
#include "core/diff/textlines.h"

namespace {

QString range(int start, int count)
{
    if (count == 1)
        return QString::number(start);
    return QStringLiteral("%1,%2").arg(start).arg(count);
}

struct Side
{
    const TextLines &text;
    QString line(int i) const
    {
        QString s = text.lines.at(i);
        if (text.missingFinalNewline && i == text.lines.size() - 1)
            s += QStringLiteral("\n\\ No newline at end of file");
        return s;
    }
};

} // namespace

namespace UnifiedDiff {

QString format(const QString &oldLabel, const QString &newLabel, const QString &oldText,
               const QString &newText, int context)
{
    const TextLines a = TextLines::split(oldText);
    const TextLines b = TextLines::split(newText);
    const EditScript script = LineDiff::diff(a.comparable(), b.comparable());
    if (LineDiff::distance(script) == 0)
        return QString();
    const Side oldSide{a};
    const Side newSide{b};
    const int n = int(script.size());
    // oldBefore[i]/newBefore[i]: old/new lines consumed before script step i.
    QList<int> oldBefore(n + 1, 0), newBefore(n + 1, 0);
    for (int i = 0; i < n; ++i) {
        const LineEdit::Kind k = script.at(i).kind;
        oldBefore[i + 1] = oldBefore[i] + (k != LineEdit::Insert ? 1 : 0);
        newBefore[i + 1] = newBefore[i] + (k != LineEdit::Delete ? 1 : 0);
    }
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldLabel, newLabel);
    int i = 0;
    while (i < n) {
        while (i < n && script.at(i).kind == LineEdit::Equal)
            ++i;
        if (i == n)
            break;
        const int start = qMax(0, i - context);
        // Extend the hunk while the next change is within 2*context equal lines.
        int last = i; // last change step in this hunk
        int j = i + 1;
        while (j < n) {
            if (script.at(j).kind != LineEdit::Equal) {
                last = j;
                ++j;
                continue;
            }
            int run = j;
            while (run < n && script.at(run).kind == LineEdit::Equal)
                ++run;
            if (run < n && run - j <= 2 * context) {
                j = run;
                continue;
            }
            break;
        }
        const int end = qMin(n, last + 1 + context);
        const int oldCount = oldBefore[end] - oldBefore[start];
        const int newCount = newBefore[end] - newBefore[start];
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(range(oldCount ? oldBefore[start] + 1 : oldBefore[start], oldCount),
                        range(newCount ? newBefore[start] + 1 : newBefore[start], newCount));
        for (int s = start; s < end; ++s) {
            const LineEdit &e = script.at(s);
            if (e.kind == LineEdit::Equal)
                out += QLatin1Char(' ') + oldSide.line(e.oldIndex) + QLatin1Char('\n');
            else if (e.kind == LineEdit::Delete)
                out += QLatin1Char('-') + oldSide.line(e.oldIndex) + QLatin1Char('\n');
            else
                out += QLatin1Char('+') + newSide.line(e.newIndex) + QLatin1Char('\n');
        }
        i = end;
    }
    return out;
}

} // namespace UnifiedDiff
