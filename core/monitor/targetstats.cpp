#include "core/monitor/targetstats.h"

#include <algorithm>

TargetStats::TargetStats(int window) : m_window(std::max(1, window)) {}

void TargetStats::add(const ProbeSample &sample)
{
    m_samples.append(sample);
    if (m_samples.size() > m_window)
        m_samples.remove(0, m_samples.size() - m_window);
}

void TargetStats::setWindow(int window)
{
    m_window = std::max(1, window);
    if (m_samples.size() > m_window)
        m_samples.remove(0, m_samples.size() - m_window);
}

int TargetStats::lost() const
{
    return int(std::count_if(m_samples.cbegin(), m_samples.cend(),
                             [](const ProbeSample &s) { return !s.replied; }));
}

int TargetStats::consecutiveLost() const
{
    int n = 0;
    for (auto it = m_samples.crbegin(); it != m_samples.crend() && !it->replied; ++it)
        ++n;
    return n;
}

double TargetStats::lossRatio() const
{
    return m_samples.isEmpty() ? 0.0 : double(lost()) / double(m_samples.size());
}

std::optional<double> TargetStats::lastRttMs() const
{
    for (auto it = m_samples.crbegin(); it != m_samples.crend(); ++it) {
        if (it->replied)
            return it->rttMs;
    }
    return std::nullopt;
}

std::optional<double> TargetStats::meanRttMs() const
{
    double sum = 0.0;
    int n = 0;
    for (const ProbeSample &s : m_samples) {
        if (s.replied) {
            sum += s.rttMs;
            ++n;
        }
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

std::optional<double> TargetStats::minRttMs() const
{
    std::optional<double> best;
    for (const ProbeSample &s : m_samples) {
        if (s.replied && (!best || s.rttMs < *best))
            best = s.rttMs;
    }
    return best;
}

std::optional<double> TargetStats::maxRttMs() const
{
    std::optional<double> best;
    for (const ProbeSample &s : m_samples) {
        if (s.replied && (!best || s.rttMs > *best))
            best = s.rttMs;
    }
    return best;
}

TargetState TargetStats::state(const MonitorThresholds &t) const
{
    if (m_samples.isEmpty())
        return TargetState::Unknown;
    const double loss = lossRatio();
    if (consecutiveLost() >= t.downAfterLost || loss >= t.downLoss)
        return TargetState::Down;
    const std::optional<double> mean = meanRttMs();
    if (loss >= t.degradedLoss || (mean && *mean >= t.degradedRttMs))
        return TargetState::Degraded;
    return TargetState::Up;
}
