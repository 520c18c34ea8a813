#include "ui/export/exportjob.h"

#include <QThread>

ExportJob::ExportJob(ExportRequest request, QObject *parent)
    : QObject(parent), m_request(std::move(request))
{
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ExportJob::start()
{
    if (m_thread)
        return;
    m_cancel.store(false);
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("export"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        Q_EMIT finished();
    });
    m_thread->start(QThread::LowPriority);
}

void ExportJob::cancel() { m_cancel.store(true); }

void ExportJob::run()
{
    const ExportRequest &r = m_request;
    m_result = BundleExport::run(r.topology, r.secrets, r.selection, r.format, r.folder,
                                 [this](const ExportStep &step) {
                                     Q_EMIT progress(step.done, step.total, step.item,
                                                     step.writing);
                                     return !m_cancel.load();
                                 });
}
