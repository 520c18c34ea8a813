#include "ui/findings/findingscontroller.h"

#include "core/check/checkrun.h"
#include "core/validation/validator.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/sharedvalidation.h"
#include "ui/jobs/latestjob.h"
#include "ui/secrets/secretsstore.h"

#include <QThreadPool>

FindingsController::FindingsController(EditorSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_pool(new QThreadPool(this)),
      m_job(new LatestJob(this, m_pool))
{
    // Its own thread: findings never wait behind a preview or the monitor's
    // work in Qt's global pool (two threads on a two-core machine).
    m_pool->setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(0); // the signals of one edit, one validation
    connect(&m_timer, &QTimer::timeout, this, &FindingsController::validateNow);
    // A move changes no finding: validation never reads the layout.
    connect(session->document(), &TopologyDocument::contentChanged, &m_timer,
            qOverload<>(&QTimer::start));
    connect(session->secrets(), &SecretsStore::changed, &m_timer, qOverload<>(&QTimer::start));
    m_timer.start();
    connect(&m_checkTimer, &QTimer::timeout, this, &FindingsController::validateNow);
}

void FindingsController::setCheckFolder(const QString &folder, int refreshMs)
{
    m_checkFolder = folder;
    m_checkTimer.stop();
    if (!folder.isEmpty())
        m_checkTimer.start(refreshMs);
    validateNow();
}

bool FindingsController::isPending() const { return m_timer.isActive() || m_job->isBusy(); }

void FindingsController::validateNow()
{
    m_timer.stop();
    const Topology topology = m_session->document()->topology();
    const Secrets secrets = m_session->secrets()->secrets();
    const auto revision = m_session->revision();
    const std::shared_ptr<SharedValidation> shared = m_session->validation();
    const QString folder = m_checkFolder;
    m_job->request([this, topology, secrets, revision, shared, folder]() -> LatestJob::Apply {
        QList<Finding> findings = shared->findings(revision, topology, secrets);
        QMap<QString, int> failures;
        QMap<QString, QSet<QString>> active;
        if (!folder.isEmpty() && !Validator::hasErrors(findings)) {
            const GenerationPlan plan(topology, secrets, findings); // validated already
            const CheckRun::Result run = CheckRun::folder(plan, folder);
            for (auto it = run.faults.cbegin(); it != run.faults.cend(); ++it)
                failures.insert(it.key(), int(it.value().size()));
            findings += CheckRun::asFindings(topology, run.faults);
            active = run.activeLinks;
        }
        FindingMarks marks = FindingMarking::byObject(findings);
        return [this, findings = std::move(findings), marks = std::move(marks),
                failures = std::move(failures), active = std::move(active)] {
            m_findings = findings;
            m_marks = marks;
            m_checkFailures = failures;
            m_activeLinks = active;
            Q_EMIT findingsChanged(m_findings);
        };
    });
}
