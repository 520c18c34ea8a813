#include "ui/findings/findingscontroller.h"

#include "core/validation/validator.h"
#include "ui/document/topologydocument.h"
#include "ui/secrets/secretsstore.h"

FindingsController::FindingsController(TopologyDocument *document, SecretsStore *secrets,
                                       QObject *parent)
    : QObject(parent), m_document(document), m_secrets(secrets)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &FindingsController::validateNow);
    connect(document, &TopologyDocument::changed, &m_timer, qOverload<>(&QTimer::start));
    connect(secrets, &SecretsStore::changed, &m_timer, qOverload<>(&QTimer::start));
    m_timer.start();
}

void FindingsController::validateNow()
{
    m_timer.stop();
    m_findings = Validator::validate(m_document->topology(), &m_secrets->secrets());
    Q_EMIT findingsChanged(m_findings);
}
