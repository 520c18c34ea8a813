#include "ui/canvas/findingmarks.h"

namespace FindingMarking {

FindingMarks byObject(const QList<Finding> &findings)
{
    FindingMarks marks;
    for (const Finding &f : findings) {
        for (const QString &id : f.objects)
            marks[id].add(f);
    }
    return marks;
}

QStringList changedIds(const FindingMarks &before, const FindingMarks &after)
{
    QStringList ids;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend() || !(*old == *it))
            ids << it.key();
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            ids << it.key();
    }
    return ids;
}

} // namespace FindingMarking
