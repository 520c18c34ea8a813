#pragma once

#include "core/bundle/bundleexport.h"
#include "ui/export/exportrequest.h"

#include <QObject>
#include <atomic>

class QThread;

// Runs BundleExport::run for one request on a worker thread (the window
// stays responsive), reports each step through progress() and ends with
// finished() on the thread that owns the job. cancel() may be called from
// any thread; the export stops before it writes anything. Destroying a
// running job cancels it and waits for the (short) rest.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    explicit ExportJob(ExportRequest request, QObject *parent = nullptr);
    ~ExportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelRequested() const { return m_cancel.load(); }
    const ExportRequest &request() const { return m_request; }
    // Valid after finished().
    const BundleExport &result() const { return m_result; }

Q_SIGNALS:
    // Emitted on the worker thread; queued to receivers on other threads.
    void progress(int done, int total, const QString &item, bool writing);
    void finished();

private:
    void run();

    const ExportRequest m_request;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
    BundleExport m_result;
};
