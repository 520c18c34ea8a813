#include "ui/preview/textdiff.h"

#include <QList>
#include <vector>

namespace {

enum class Op { Equal, Delete, Insert };

struct Step
{
    Op op;
    int oldLine;
    int newLine;
};

// Myers: for each d, the furthest reaching path on each diagonal k; keep a
// copy of V per d to walk back. Memory O(D·(N+M)), fine for config files.
QList<Step> editScript(const QStringList &a, const QStringList &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    const int offset = max + 1;
    std::vector<int> v(2 * max + 3, 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    QList<Step> steps;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &pv = trace[d];
        const int k = x - y;
        const bool down = k == -d || (k != d && pv[offset + k - 1] < pv[offset + k + 1]);
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = pv[offset + prevK];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY)
            steps.prepend(Step{Op::Equal, --x, --y});
        if (down)
            steps.prepend(Step{Op::Insert, -1, --y});
        else
            steps.prepend(Step{Op::Delete, --x, -1});
    }
    while (x > 0 && y > 0)
        steps.prepend(Step{Op::Equal, --x, --y});
    return steps;
}

QStringList lines(const QString &text)
{
    QStringList l = text.split(u'\n');
    if (!l.isEmpty() && l.last().isEmpty())
        l.removeLast();
    return l;
}

} // namespace

namespace TextDiff {

QString unified(const QString &oldText, const QString &newText, const QString &oldName,
                const QString &newName, int context)
{
    const QStringList a = lines(oldText);
    const QStringList b = lines(newText);
    const QList<Step> steps = editScript(a, b);
    QString out;
    int i = 0;
    const int count = int(steps.size());
    while (i < count) {
        while (i < count && steps[i].op == Op::Equal)
            ++i;
        if (i >= count)
            break;
        // A hunk: from `context` equal steps before this change to `context`
        // after the last change that is within 2*context of the next one.
        const int start = qMax(0, i - context);
        int end = i;
        int lastChange = i;
        while (end < count) {
            if (steps[end].op != Op::Equal)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = qMin(count, lastChange + context + 1);
        int oldStart = -1, newStart = -1, oldCount = 0, newCount = 0;
        QString body;
        for (int s = start; s < end; ++s) {
            const Step &st = steps[s];
            // Position of this step in each file, for the hunk header.
            int oldPos = st.oldLine, newPos = st.newLine;
            if (oldStart < 0 && oldPos >= 0)
                oldStart = oldPos;
            if (newStart < 0 && newPos >= 0)
                newStart = newPos;
            if (st.op == Op::Equal) {
                body += u' ' + a[st.oldLine] + u'\n';
                ++oldCount;
                ++newCount;
            } else if (st.op == Op::Delete) {
                body += u'-' + a[st.oldLine] + u'\n';
                ++oldCount;
            } else {
                body += u'+' + b[st.newLine] + u'\n';
                ++newCount;
            }
        }
        if (out.isEmpty())
            out = QStringLiteral("--- %1\n+++ %2\n").arg(oldName, newName);
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldCount ? oldStart + 1 : oldStart < 0 ? 0 : oldStart)
                   .arg(oldCount)
                   .arg(newCount ? newStart + 1 : newStart < 0 ? 0 : newStart)
                   .arg(newCount)
               + body;
        i = end;
    }
    return out;
}

} // namespace TextDiff
