#pragma once

#include "core/monitor/probetarget.h"

#include <QList>

#include <optional>

// How one list of monitor targets becomes another, as a table's rows change:
// runs of targets that leave, runs that come, and targets that keep their key
// but changed otherwise. An edit of a 10,000-site topology changes the targets
// of one site and its links; the monitor then touches those rows and
// statistics only (TunnelMonitor::setTargets), not all 20,000.
struct TargetsDiff
{
    struct Run
    {
        int first = 0;
        int count = 0;
    };

    QList<Run> removed;  // positions in the old list, ascending
    QList<Run> inserted; // positions in the new list, ascending
    QList<int> edited;   // positions in the new list: same key, other fields

    bool isEmpty() const { return removed.isEmpty() && inserted.isEmpty() && edited.isEmpty(); }

    // nullopt when the targets that stay are in another order, a list has a
    // key twice, or the change takes more than `maxRuns` runs: then a reset is
    // as cheap as rows.
    static std::optional<TargetsDiff> of(const ProbeTargets &before, const ProbeTargets &after,
                                         int maxRuns);
};
