#include "core/monitor/tunnelmonitor.h"

#include "core/monitor/targetsdiff.h"

#include <QDateTime>

#include <algorithm>
#include <iterator>

TunnelMonitor::TunnelMonitor(Prober *prober, QObject *parent) : QObject(parent), m_prober(prober)
{
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TunnelMonitor::probeNow);
    connect(m_prober, &Prober::finished, this, &TunnelMonitor::onFinished);
}

void TunnelMonitor::setTargets(const ProbeTargets &targets)
{
    // More runs than this, and a table redraws as cheaply from a reset.
    constexpr int kMaxRuns = 64;
    if (const std::optional<TargetsDiff> diff = TargetsDiff::of(m_targets, targets, kMaxRuns))
        applyRows(*diff, targets);
    else
        resetTargets(targets);
    updateOverall();
}

void TunnelMonitor::resetTargets(const ProbeTargets &targets)
{
    QHash<QString, TargetStats> stats;
    QHash<QString, TargetState> states;
    stats.reserve(targets.size());
    states.reserve(targets.size());
    std::fill(std::begin(m_stateCounts), std::end(m_stateCounts), 0);
    ProbeTargets unique; // the first target of each key
    unique.reserve(targets.size());
    for (const ProbeTarget &t : targets) {
        if (stats.contains(t.key))
            continue;
        unique.append(t);
        const auto kept = m_stats.find(t.key);
        stats.insert(t.key, kept != m_stats.end() ? std::move(*kept)
                                                  : TargetStats(m_thresholds.window));
        const TargetState state = m_states.value(t.key, TargetState::Unknown);
        states.insert(t.key, state);
        ++m_stateCounts[int(state)];
    }
    m_targets = unique;
    m_stats = std::move(stats);
    m_states = std::move(states);
    rebuildIndex();
    Q_EMIT targetsChanged(TargetsChange::Reset);
}

void TunnelMonitor::applyRows(const TargetsDiff &diff, const ProbeTargets &targets)
{
    // Leaving, from the last run back: the earlier runs keep their positions.
    for (auto run = diff.removed.crbegin(); run != diff.removed.crend(); ++run) {
        Q_EMIT targetsAboutToBeRemoved(run->first, run->first + run->count - 1);
        for (int i = run->first; i < run->first + run->count; ++i) {
            const QString &key = m_targets[i].key;
            m_stats.remove(key);
            --m_stateCounts[int(m_states.take(key))];
        }
        m_targets.remove(run->first, run->count);
        Q_EMIT targetsRemoved();
    }
    // Coming, in order: before each run, targets() holds the new list's targets up to it.
    for (const TargetsDiff::Run &run : diff.inserted) {
        Q_EMIT targetsAboutToBeInserted(run.first, run.first + run.count - 1);
        for (int j = run.first; j < run.first + run.count; ++j) {
            m_stats.insert(targets[j].key, TargetStats(m_thresholds.window));
            m_states.insert(targets[j].key, TargetState::Unknown);
            ++m_stateCounts[int(TargetState::Unknown)];
        }
        m_targets.insert(run.first, run.count, ProbeTarget());
        std::copy(targets.cbegin() + run.first, targets.cbegin() + run.first + run.count,
                  m_targets.begin() + run.first);
        Q_EMIT targetsInserted();
    }
    for (const int j : diff.edited)
        m_targets[j] = targets[j];
    rebuildIndex();
    for (const int j : diff.edited)
        Q_EMIT targetEdited(j);
    Q_EMIT targetsChanged(TargetsChange::Rows);
}

void TunnelMonitor::rebuildIndex()
{
    m_index.clear();
    m_byLink.clear();
    m_bySite.clear();
    m_byProfile.clear();
    m_index.reserve(m_targets.size());
    for (int position = 0; position < int(m_targets.size()); ++position) {
        const ProbeTarget &t = m_targets[position];
        m_index.insert(t.key, position);
        if (!t.link.isEmpty())
            m_byLink[t.link].append(position);
        if (!t.site.isEmpty())
            m_bySite[t.site].append(position);
        if (!t.profile.isEmpty())
            m_byProfile[t.profile].append(position);
    }
}

bool TunnelMonitor::addTarget(const ProbeTarget &target)
{
    if (m_stats.contains(target.key))
        return false;
    ProbeTargets next = m_targets;
    next.append(target);
    setTargets(next);
    return true;
}

void TunnelMonitor::removeTarget(const QString &key)
{
    ProbeTargets next;
    for (const ProbeTarget &t : std::as_const(m_targets)) {
        if (t.key != key)
            next.append(t);
    }
    setTargets(next);
}

const ProbeTarget *TunnelMonitor::target(const QString &key) const
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_targets.at(i);
}

void TunnelMonitor::setIntervalMs(int ms)
{
    m_intervalMs = qBound(kMinIntervalMs, ms, kMaxIntervalMs);
    m_timer.setInterval(m_intervalMs);
}

void TunnelMonitor::setTimeoutMs(int ms)
{
    m_timeoutMs = qBound(kMinIntervalMs, ms, kMaxIntervalMs);
}

bool TunnelMonitor::setThresholds(const MonitorThresholds &thresholds, QString *error)
{
    if (!thresholds.isValid(error))
        return false;
    m_thresholds = thresholds;
    for (auto it = m_stats.begin(); it != m_stats.end(); ++it)
        it->setWindow(m_thresholds.window);
    for (const ProbeTarget &t : std::as_const(m_targets))
        updateState(t.key);
    updateOverall();
    return true;
}

void TunnelMonitor::start()
{
    if (m_timer.isActive())
        return;
    m_timer.start();
    Q_EMIT runningChanged(true);
    probeNow();
}

void TunnelMonitor::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    Q_EMIT runningChanged(false);
}

void TunnelMonitor::probeNow()
{
    QSet<QString> busy;
    for (const Pending &p : std::as_const(m_pending))
        busy.insert(p.key);
    const int timeout = effectiveTimeoutMs();
    if (m_sessionStartMs == 0 && !m_targets.isEmpty()) {
        m_sessionStartMs = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT sessionStarted(m_sessionStartMs);
    }
    for (const ProbeTarget &t : std::as_const(m_targets)) {
        if (busy.contains(t.key))
            continue;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const quint64 token = m_prober->start(t.address, timeout);
        m_pending.insert(token, Pending{t.key, now});
    }
}

const TargetStats *TunnelMonitor::stats(const QString &key) const
{
    const auto it = m_stats.constFind(key);
    return it == m_stats.cend() ? nullptr : &*it;
}

TargetState TunnelMonitor::state(const QString &key) const
{
    return m_states.value(key, TargetState::Unknown);
}

TargetState TunnelMonitor::worstOf(const QList<int> &positions) const
{
    TargetState out = TargetState::Unknown;
    for (const int i : positions)
        out = TargetStates::worst(out, state(m_targets[i].key));
    return out;
}

TargetState TunnelMonitor::linkState(const QString &linkId) const
{
    return worstOf(m_byLink.value(linkId));
}

TargetState TunnelMonitor::siteState(const QString &siteId) const
{
    return worstOf(m_bySite.value(siteId));
}

TargetState TunnelMonitor::profileState(const QString &profileId) const
{
    return worstOf(m_byProfile.value(profileId));
}

void TunnelMonitor::clearHistory()
{
    m_history.clear();
    m_sessionStartMs = 0;
}

void TunnelMonitor::onFinished(quint64 token, const ProbeResult &result)
{
    const auto it = m_pending.constFind(token);
    if (it == m_pending.cend())
        return; // not ours, or the target was removed meanwhile
    const Pending pending = *it;
    m_pending.erase(it);
    const auto stats = m_stats.find(pending.key);
    if (stats == m_stats.end())
        return;
    const ProbeSample sample{pending.sentMs, result.replied, result.replied ? result.rttMs : 0.0};
    stats->add(sample);
    m_history.add(pending.key, sample);
    Q_EMIT sampleRecorded(pending.key, sample);
    updateState(pending.key);
    updateOverall();
}

void TunnelMonitor::updateState(const QString &key)
{
    const TargetStats *s = stats(key);
    const TargetState next = s ? s->state(m_thresholds) : TargetState::Unknown;
    const auto it = m_states.find(key);
    if (it == m_states.end() || *it == next)
        return;
    --m_stateCounts[int(*it)];
    ++m_stateCounts[int(next)];
    *it = next;
    Q_EMIT targetStateChanged(key, next);
}

void TunnelMonitor::updateOverall()
{
    TargetState next = TargetState::Unknown;
    for (const TargetState s : {TargetState::Up, TargetState::Degraded, TargetState::Down}) {
        if (m_stateCounts[int(s)] > 0)
            next = s;
    }
    if (next == m_overall)
        return;
    m_overall = next;
    Q_EMIT overallStateChanged(next);
}
