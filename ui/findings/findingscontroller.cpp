#include "ui/findings/findingscontroller.h"

#include "core/validation/validator.h"
#include "ui/document/topologydocument.h"
#include "ui/jobs/latestjob.h"
#include "ui/secrets/secretsstore.h"

FindingsController::FindingsController(TopologyDocument *document, SecretsStore *secrets,
                                       QObject *parent)
    : QObject(parent), m_document(document), m_secrets(secrets), m_job(new LatestJob(this))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0); // the signals of one edit, one validation
    connect(&m_timer, &QTimer::timeout, this, &FindingsController::validateNow);
    connect(document, &TopologyDocument::changed, &m_timer, qOverload<>(&QTimer::start));
    connect(secrets, &SecretsStore::changed, &m_timer, qOverload<>(&QTimer::start));
    m_timer.start();
}

bool FindingsController::isPending() const { return m_timer.isActive() || m_job->isBusy(); }

void FindingsController::validateNow()
{
    m_timer.stop();
    const Topology topology = m_document->topology();
    const Secrets secrets = m_secrets->secrets();
    m_job->request([this, topology, secrets]() -> LatestJob::Apply {
        QList<Finding> findings = Validator::validate(topology, &secrets);
        FindingMarks marks = FindingMarking::byObject(findings);
        return [this, findings = std::move(findings), marks = std::move(marks)] {
            m_findings = findings;
            m_marks = marks;
            Q_EMIT findingsChanged(m_findings);
        };
    });
}
