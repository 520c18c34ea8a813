#include "ui/monitor/editormonitor.h"

#include "core/monitor/monitortargets.h"
#include "core/monitor/tunnelmonitor.h"
#include "ui/canvas/topologyscene.h"
#include "ui/document/topologydocument.h"
#include "ui/jobs/latestjob.h"
#include "ui/monitor/monitorstatemodel.h"
#include "ui/monitor/monitorwidget.h"

#include <QEvent>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

EditorMonitor::EditorMonitor(TopologyDocument *document, TopologyScene *scene,
                             std::unique_ptr<Prober> prober, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene), m_prober(std::move(prober)),
      m_monitor(new TunnelMonitor(m_prober.get(), this)), m_page(new QWidget),
      m_widget(new MonitorWidget(m_monitor, m_page, QStringLiteral("monitor/editor"))), m_errorLine(new QLabel(m_page)),
      m_retarget(new QTimer(this)), m_job(new LatestJob(this))
{
    m_page->setObjectName(QStringLiteral("editorMonitor"));
    m_errorLine->setObjectName(QStringLiteral("monitorTargetErrors"));
    m_errorLine->setWordWrap(true);
    m_errorLine->hide();
    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errorLine);
    layout->addWidget(m_widget, 1);
    m_page->installEventFilter(this);

    m_retarget->setSingleShot(true);
    m_retarget->setInterval(0); // one re-derivation per burst of edits
    connect(m_retarget, &QTimer::timeout, this, &EditorMonitor::deriveInBackground);
    connect(document, &TopologyDocument::resetDone, this, &EditorMonitor::onReset);
    for (auto signal : {&TopologyDocument::siteAdded, &TopologyDocument::siteRemoved,
                        &TopologyDocument::siteChanged, &TopologyDocument::linkAdded,
                        &TopologyDocument::linkRemoved})
        connect(document, signal, this, &EditorMonitor::scheduleRetarget);
    connect(document, &TopologyDocument::siteRenamed, this, &EditorMonitor::scheduleRetarget);
    connect(document, &TopologyDocument::linkChanged, this, &EditorMonitor::scheduleRetarget);
    connect(m_widget->table(), &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) {
                const ProbeTarget *t = m_monitor->target(
                    index.siblingAtColumn(0).data(MonitorStateModel::KeyRole).toString());
                if (t && !(t->link.isEmpty() && t->site.isEmpty()))
                    Q_EMIT objectActivated(t->link.isEmpty() ? t->site : t->link);
            });
    connect(m_monitor, &TunnelMonitor::targetStateChanged, this,
            [this](const QString &key) { onTargetState(key); });
    // An edit's targets come and go as rows: only their links and sites get
    // their states again; a new list repaints every state.
    connect(m_monitor, &TunnelMonitor::targetsAboutToBeRemoved, this,
            [this](int first, int last) { touch(first, last); });
    connect(m_monitor, &TunnelMonitor::targetsAboutToBeInserted, this,
            [this](int first, int last) { m_inserting = {first, last}; });
    connect(m_monitor, &TunnelMonitor::targetsInserted, this,
            [this] { touch(m_inserting.first, m_inserting.second); });
    connect(m_monitor, &TunnelMonitor::targetEdited, this,
            [this](int position) { touch(position, position); });
    connect(m_monitor, &TunnelMonitor::targetsChanged, this,
            [this](TunnelMonitor::TargetsChange change) {
                if (m_monitor->isRunning())
                    change == TunnelMonitor::TargetsChange::Rows ? applyTouched() : applyAll();
                m_touchedLinks.clear();
                m_touchedSites.clear();
            });
    connect(m_monitor, &TunnelMonitor::runningChanged, this, [this](bool running) {
        if (running && m_stale)
            retarget();
        if (running)
            applyAll();
        else if (m_scene)
            m_scene->clearMonitorStates();
    });
    retarget();
}

EditorMonitor::~EditorMonitor()
{
    // The page sits in a dock of the window; it uses the monitor, which uses the prober.
    delete m_page.data();
    delete m_monitor;
}

void EditorMonitor::scheduleRetarget()
{
    // Nobody looks: at 10,000 sites new targets rebuild 20,000 rows' statistics.
    if (!m_monitor->isRunning() && !(m_page && m_page->isVisible())) {
        m_stale = true;
        return;
    }
    m_retarget->start();
}

bool EditorMonitor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale)
        retarget();
    return QObject::eventFilter(watched, event);
}

void EditorMonitor::retarget()
{
    m_retarget->stop();
    m_stale = false;
    ++m_generation;
    QStringList errors;
    setTargets(MonitorTargets::forTopology(m_document->topology(), &errors), errors);
}

void EditorMonitor::deriveInBackground()
{
    const Topology topology = m_document->topology();
    const int generation = m_generation;
    m_job->request([this, topology, generation]() -> LatestJob::Apply {
        QStringList errors;
        ProbeTargets targets = MonitorTargets::forTopology(topology, &errors);
        return [this, generation, targets = std::move(targets), errors = std::move(errors)] {
            if (generation == m_generation)
                setTargets(targets, errors);
        };
    });
}

void EditorMonitor::setTargets(ProbeTargets targets, const QStringList &errors)
{
    m_errors = errors;
    for (const ProbeTarget &t : m_monitor->targets()) {
        if (t.link.isEmpty() && t.site.isEmpty() && t.profile.isEmpty())
            targets.append(t); // hosts the admin added stay
    }
    // Most edits (a rename, a LAN elsewhere, a move) change no target: the table
    // and the stats stay as they are instead of being rebuilt for every target.
    if (targets != m_monitor->targets())
        m_monitor->setTargets(targets);
    m_errorLine->setVisible(!m_errors.isEmpty());
    m_errorLine->setText(m_errors.isEmpty()
                             ? QString()
                             : tr("Skipped monitor targets: %1").arg(m_errors.join(QLatin1String("; "))));
}

void EditorMonitor::onReset()
{
    m_monitor->stop();
    m_monitor->setTargets({}); // another topology: no stats carry over
    m_monitor->clearHistory();
    retarget();
}

void EditorMonitor::onTargetState(const QString &key)
{
    const ProbeTarget *t = m_monitor->target(key);
    if (!t || !m_scene || !m_monitor->isRunning())
        return;
    if (!t->link.isEmpty())
        m_scene->setLinkMonitorState(t->link, m_monitor->linkState(t->link));
    if (!t->site.isEmpty())
        m_scene->setSiteMonitorState(t->site, m_monitor->siteState(t->site));
}

void EditorMonitor::touch(int first, int last)
{
    for (int i = first; i <= last; ++i) {
        const ProbeTarget &t = m_monitor->targets().at(i);
        if (!t.link.isEmpty())
            m_touchedLinks.insert(t.link);
        if (!t.site.isEmpty())
            m_touchedSites.insert(t.site);
    }
}

void EditorMonitor::applyTouched()
{
    if (!m_scene)
        return;
    for (const QString &site : std::as_const(m_touchedSites))
        m_scene->setSiteMonitorState(site, m_monitor->siteState(site));
    for (const QString &link : std::as_const(m_touchedLinks))
        m_scene->setLinkMonitorState(link, m_monitor->linkState(link));
}

void EditorMonitor::applyAll()
{
    if (!m_scene)
        return;
    const Topology &topology = m_document->topology();
    for (const Site &s : topology.sites)
        m_scene->setSiteMonitorState(s.id, m_monitor->siteState(s.id));
    for (const Link &l : topology.links)
        m_scene->setLinkMonitorState(l.id, m_monitor->linkState(l.id));
}
