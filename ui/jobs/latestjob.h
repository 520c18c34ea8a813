#pragma once

#include <QFutureWatcher>
#include <QObject>

class QThreadPool;

#include <functional>
#include <optional>

// Runs work off the GUI thread, one computation at a time, newest request wins:
// a request made while one runs replaces any request still waiting, and a
// result is applied (on the GUI thread) only when it is newer than the one
// applied last, so a stale result never overwrites a newer one. The work runs
// on a pool thread on values it captured (a copy of the document) and touches
// no widget; it returns the function that applies its result on the GUI thread.
class LatestJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatestJob)

public:
    using Apply = std::function<void()>;
    using Work = std::function<Apply()>;

    // `pool`: where the work runs (Qt's global pool when null). A job whose
    // results a user waits for gets a pool of its own, so it never queues
    // behind the others' work.
    explicit LatestJob(QObject *parent = nullptr, QThreadPool *pool = nullptr);
    ~LatestJob() override; // waits for a computation still running

    void request(Work work);
    bool isBusy() const { return m_runningRevision != 0 || m_pending.has_value(); }
    int requestedRevision() const { return m_requested; }
    int appliedRevision() const { return m_applied; }

Q_SIGNALS:
    void started();
    void applied(int revision);
    void idle();

private:
    void startPending();
    void finished();

    QThreadPool *m_pool;
    QFutureWatcher<Apply> m_watcher;
    std::optional<Work> m_pending;
    int m_pendingRevision = 0;
    int m_runningRevision = 0;
    int m_requested = 0;
    int m_applied = 0;
};
