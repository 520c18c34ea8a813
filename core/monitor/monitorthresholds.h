#pragma once

#include <QString>

// When a target counts as degraded or down, over its rolling window of the
// last `window` probes:
// - down:     the last `downAfterLost` probes were all lost, or the loss
//             ratio is at least `downLoss`;
// - degraded: the loss ratio is at least `degradedLoss`, or the mean RTT of
//             the replies is at least `degradedRttMs`;
// - up:       otherwise (at least one probe done).
struct MonitorThresholds
{
    int window = 20;
    double degradedRttMs = 200.0;
    double degradedLoss = 0.05;
    double downLoss = 0.5;
    int downAfterLost = 3;

    // False with a sentence naming the field when a value is out of range.
    bool isValid(QString *error) const;

    friend bool operator==(const MonitorThresholds &a, const MonitorThresholds &b)
    {
        return a.window == b.window && a.degradedRttMs == b.degradedRttMs
               && a.degradedLoss == b.degradedLoss && a.downLoss == b.downLoss
               && a.downAfterLost == b.downAfterLost;
    }
    friend bool operator!=(const MonitorThresholds &a, const MonitorThresholds &b)
    {
        return !(a == b);
    }
};
