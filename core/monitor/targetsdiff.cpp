#include "core/monitor/targetsdiff.h"

#include <QHash>

namespace {

// Runs of positions in `list` whose keys `other` lacks; false past `maxRuns`.
bool runsMissingFrom(const ProbeTargets &list, const QHash<QString, int> &other, int maxRuns,
                     QList<TargetsDiff::Run> *out)
{
    for (int i = 0; i < int(list.size()); ++i) {
        if (other.contains(list[i].key))
            continue;
        if (!out->isEmpty() && out->last().first + out->last().count == i) {
            ++out->last().count;
            continue;
        }
        if (out->size() == maxRuns)
            return false;
        out->append({i, 1});
    }
    return true;
}

// Each key's position; nullopt when a key comes twice.
std::optional<QHash<QString, int>> positions(const ProbeTargets &list)
{
    QHash<QString, int> out;
    out.reserve(list.size());
    for (int i = 0; i < int(list.size()); ++i) {
        out.insert(list[i].key, i);
        if (out.size() != i + 1)
            return std::nullopt; // replaced: the key came before
    }
    return out;
}

} // namespace

std::optional<TargetsDiff> TargetsDiff::of(const ProbeTargets &before, const ProbeTargets &after,
                                           int maxRuns)
{
    const std::optional<QHash<QString, int>> wasAt = positions(before);
    const std::optional<QHash<QString, int>> nowAt = positions(after);
    if (!wasAt || !nowAt)
        return std::nullopt;
    const QHash<QString, int> &was = *wasAt;
    const QHash<QString, int> &now = *nowAt;
    TargetsDiff d;
    if (!runsMissingFrom(before, now, maxRuns, &d.removed)
        || !runsMissingFrom(after, was, maxRuns - int(d.removed.size()), &d.inserted))
        return std::nullopt;
    // The targets in both must keep their order: each one's old position grows.
    int last = -1;
    for (int j = 0; j < int(after.size()); ++j) {
        const auto it = was.constFind(after[j].key);
        if (it == was.cend())
            continue;
        if (*it < last)
            return std::nullopt;
        last = *it;
        if (!(before[*it] == after[j]))
            d.edited.append(j);
    }
    return d;
}
