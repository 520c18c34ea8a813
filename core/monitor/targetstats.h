#pragma once

#include "core/monitor/monitorthresholds.h"
#include "core/monitor/probesample.h"
#include "core/monitor/targetstate.h"

#include <QList>
#include <optional>

// The rolling window of one target's most recent probes and the figures the
// monitor shows and exports: loss ratio, RTT (last, mean, min, max) and the
// state the thresholds give.
class TargetStats
{
public:
    explicit TargetStats(int window = MonitorThresholds().window);

    void add(const ProbeSample &sample);
    // Changes the window size, keeping the newest samples.
    void setWindow(int window);
    void clear() { m_samples.clear(); }

    int window() const { return m_window; }
    int count() const { return int(m_samples.size()); }
    int lost() const;
    int consecutiveLost() const; // lost probes at the end of the window
    double lossRatio() const;    // 0 when there is no sample
    std::optional<double> lastRttMs() const;
    std::optional<double> meanRttMs() const;
    std::optional<double> minRttMs() const;
    std::optional<double> maxRttMs() const;
    const QList<ProbeSample> &samples() const { return m_samples; }

    TargetState state(const MonitorThresholds &thresholds) const;

private:
    int m_window;
    QList<ProbeSample> m_samples; // oldest first, at most m_window
};
