#pragma once

#include "core/monitor/monitorhistory.h"
#include "core/monitor/monitorthresholds.h"
#include "core/monitor/prober.h"
#include "core/monitor/probetarget.h"
#include "core/monitor/targetstats.h"

struct TargetsDiff;

#include <QHash>
#include <QObject>
#include <QTimer>

// Probes every target once per interval through a Prober, keeps each target's
// rolling stats and the session history, and reports state changes. A target
// whose previous probe is still out is skipped for that round, so a slow
// target never piles up requests. States aggregate to links, sites, profiles
// and the whole session as the worst state of their targets: this is what the
// editor canvas and the tray show (docs/monitoring.md).
class TunnelMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TunnelMonitor)

public:
    static constexpr int kMinIntervalMs = 200;
    static constexpr int kMaxIntervalMs = 3600 * 1000;

    explicit TunnelMonitor(Prober *prober, QObject *parent = nullptr);

    // How targetsChanged() says the list changed: row by row (the signals
    // below came first) or all at once (a new list: read it again).
    enum class TargetsChange { Rows, Reset };
    Q_ENUM(TargetsChange)

    // Keeps the stats of targets whose key stays; drops the others' stats.
    // When the targets that stay keep their order (an edit: one site's or
    // link's targets come and go), only the targets that came, went or changed
    // are touched, reported as rows; otherwise the list is set anew (Reset).
    void setTargets(const ProbeTargets &targets);
    bool addTarget(const ProbeTarget &target); // false when the key is taken
    void removeTarget(const QString &key);
    const ProbeTargets &targets() const { return m_targets; }
    const ProbeTarget *target(const QString &key) const;
    int indexOf(const QString &key) const { return m_index.value(key, -1); }

    // Clamped to kMinIntervalMs..kMaxIntervalMs. The probe timeout is the
    // interval, capped at timeoutMs() (default 2000).
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    int effectiveTimeoutMs() const { return qMin(m_intervalMs, m_timeoutMs); }

    bool setThresholds(const MonitorThresholds &thresholds, QString *error);
    const MonitorThresholds &thresholds() const { return m_thresholds; }

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // One round now (also while stopped).
    void probeNow();

    const TargetStats *stats(const QString &key) const;
    TargetState state(const QString &key) const;
    TargetState linkState(const QString &linkId) const;
    TargetState siteState(const QString &siteId) const;
    TargetState profileState(const QString &profileId) const;
    TargetState overallState() const { return m_overall; }

    const MonitorHistory &history() const { return m_history; }
    // Also starts a new session: the next probe round sets sessionStartMs anew.
    void clearHistory();
    // When the session's first probe round was sent (Start or probeNow), in ms
    // since the epoch; 0 before it. Charts count their time axis from it.
    qint64 sessionStartMs() const { return m_sessionStartMs; }
    QString proberName() const { return m_prober->name(); }

Q_SIGNALS:
    void sampleRecorded(const QString &key, const ProbeSample &sample);
    void targetStateChanged(const QString &key, TargetState state);
    void overallStateChanged(TargetState state);
    // Row by row, as a table model's rows (positions in targets()): between
    // the two signals of a pair, targets() changes by that run only.
    void targetsAboutToBeRemoved(int first, int last);
    void targetsRemoved();
    void targetsAboutToBeInserted(int first, int last);
    void targetsInserted();
    void targetEdited(int position); // same key, another name, scope or address
    void targetsChanged(TunnelMonitor::TargetsChange change);
    void runningChanged(bool running);
    void sessionStarted(qint64 sessionStartMs);

private:
    struct Pending
    {
        QString key;
        qint64 sentMs = 0;
    };

    void resetTargets(const ProbeTargets &targets);
    void applyRows(const TargetsDiff &diff, const ProbeTargets &targets);
    void rebuildIndex();
    void onFinished(quint64 token, const ProbeResult &result);
    void updateState(const QString &key);
    void updateOverall();
    TargetState worstOf(const QList<int> &positions) const;

    Prober *m_prober;
    QTimer m_timer;
    ProbeTargets m_targets;
    QHash<QString, TargetStats> m_stats;
    QHash<QString, TargetState> m_states;
    QHash<QString, int> m_index;  // key -> position in m_targets
    // Link / site / profile id -> positions of its targets in m_targets: a
    // link's state is the worst of its own targets, not a scan of all of them.
    QHash<QString, QList<int>> m_byLink;
    QHash<QString, QList<int>> m_bySite;
    QHash<QString, QList<int>> m_byProfile;
    int m_stateCounts[4] = {};    // targets per TargetState: the overall state in O(1)
    QHash<quint64, Pending> m_pending;
    qint64 m_sessionStartMs = 0;
    MonitorHistory m_history;
    MonitorThresholds m_thresholds;
    TargetState m_overall = TargetState::Unknown;
    int m_intervalMs = 1000;
    int m_timeoutMs = 2000;
};
