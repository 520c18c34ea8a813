#include "ui/jobs/latestjob.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

LatestJob::LatestJob(QObject *parent, QThreadPool *pool)
    : QObject(parent), m_pool(pool ? pool : QThreadPool::globalInstance())
{
    connect(&m_watcher, &QFutureWatcher<Apply>::finished, this, &LatestJob::finished);
}

LatestJob::~LatestJob()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void LatestJob::request(Work work)
{
    m_pending = std::move(work);
    m_pendingRevision = ++m_requested;
    if (m_runningRevision == 0)
        startPending();
}

void LatestJob::startPending()
{
    Work work = std::move(*m_pending);
    m_pending.reset();
    m_runningRevision = m_pendingRevision;
    m_watcher.setFuture(QtConcurrent::run(m_pool, std::move(work)));
    Q_EMIT started();
}

void LatestJob::finished()
{
    const int revision = m_runningRevision;
    m_runningRevision = 0;
    const Apply apply = m_watcher.result();
    if (revision > m_applied) {
        m_applied = revision;
        if (apply)
            apply();
        Q_EMIT applied(revision);
    }
    if (m_pending)
        startPending();
    else
        Q_EMIT idle();
}
