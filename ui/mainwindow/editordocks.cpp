#include "ui/mainwindow/editordocks.h"

#include "platform/common/proberfactory.h"
#include "ui/canvas/topologyscene.h"
#include "ui/canvas/topologyview.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editorsession.h"
#include "ui/findings/findingscontroller.h"
#include "ui/findings/findingspanel.h"
#include "ui/lists/linklistmodel.h"
#include "ui/lists/objectlistpanel.h"
#include "ui/lists/profilelistmodel.h"
#include "ui/lists/sitelistmodel.h"
#include "ui/lists/userlistmodel.h"
#include "ui/monitor/editormonitor.h"
#include "ui/monitor/monitorwidget.h"
#include "ui/monitor/pathsummary.h"
#include "ui/preview/previewpanel.h"
#include "ui/properties/propertypanel.h"
#include "ui/properties/sitepage.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollArea>

EditorDocks::EditorDocks(QMainWindow *window, EditorSession *session, TopologyScene *scene,
                         TopologyView *view)
    : QObject(window), m_window(window), m_session(session), m_scene(scene), m_view(view),
      m_properties(new PropertyPanel(session->edits(), window)),
      m_findings(new FindingsController(session, this)),
      m_findingsPanel(new FindingsPanel(window)), m_preview(new PreviewPanel(session, window)),
      m_sites(nullptr),
      m_monitor(new EditorMonitor(session->document(), scene, ProberFactory::create(nullptr), this))
{
    window->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    auto *scroll = new QScrollArea(window);
    scroll->setWidget(m_properties);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QDockWidget *props = dock(tr("Properties"), "propertiesDock", scroll, Qt::RightDockWidgetArea);
    props->setMinimumWidth(330);

    TopologyDocument *doc = session->document();
    m_sites = new ObjectListPanel(new SiteListModel(doc, this), SiteListModel::IdRole,
                                  tr("sites"), window);
    auto *links = new ObjectListPanel(new LinkListModel(doc, this), LinkListModel::IdRole,
                                      tr("links"), window);
    auto *profiles = new ObjectListPanel(new ProfileListModel(doc, this),
                                         ProfileListModel::IdRole, tr("profiles"), window);
    auto *users = new ObjectListPanel(new UserListModel(doc, session->secrets(), this),
                                      UserListModel::IdRole, tr("users"), window);
    QDockWidget *sitesDock = dock(tr("Sites"), "sitesDock", m_sites, Qt::LeftDockWidgetArea);
    QDockWidget *linksDock = dock(tr("Links"), "linksDock", links, Qt::LeftDockWidgetArea);
    QDockWidget *profilesDock = dock(tr("Profiles"), "profilesDock", profiles,
                                     Qt::LeftDockWidgetArea);
    QDockWidget *usersDock = dock(tr("Users"), "usersDock", users, Qt::LeftDockWidgetArea);
    window->tabifyDockWidget(sitesDock, linksDock);
    window->tabifyDockWidget(linksDock, profilesDock);
    window->tabifyDockWidget(profilesDock, usersDock);
    sitesDock->raise();
    for (ObjectListPanel *p : {m_sites, links, profiles, users})
        connect(p, &ObjectListPanel::objectActivated, this,
                [this](const QString &id) { selectAndShow({id}); });

    QDockWidget *findingsDock = dock(tr("Findings"), "findingsDock", m_findingsPanel,
                                     Qt::BottomDockWidgetArea);
    QDockWidget *previewDock = dock(tr("Preview"), "previewDock", m_preview,
                                    Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(findingsDock, previewDock);
    QDockWidget *monitorDock = dock(tr("Monitor"), "monitorDock", m_monitor->widget(),
                                    Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(previewDock, monitorDock);
    m_monitor->monitorWidget()->setPathsShown(true);
    connect(m_monitor, &EditorMonitor::objectActivated, this,
            [this](const QString &id) { selectAndShow({id}); });
    findingsDock->raise();
    window->resizeDocks({findingsDock}, {230}, Qt::Vertical);
    window->resizeDocks({sitesDock, props}, {300, 390}, Qt::Horizontal); // the site page needs ~370

    connect(m_findings, &FindingsController::findingsChanged, m_findingsPanel,
            &FindingsPanel::setFindings);
    connect(m_findings, &FindingsController::findingsChanged, scene,
            [this] { m_scene->setMarks(m_findings->marks()); });
    connect(m_findings, &FindingsController::findingsChanged, this, [this] {
        m_monitor->monitorWidget()->setCheckFailures(m_findings->checkFailures());
        m_properties->sitePage()->setActiveLinks(m_findings->activeLinks());
        const QMap<QString, QSet<QString>> &active = m_findings->activeLinks();
        m_monitor->monitorWidget()->setPathLines(
            active.isEmpty() ? QStringList() : PathSummary::lines(m_session->document()->topology(), active));
    });
    connect(m_findingsPanel, &FindingsPanel::findingActivated, this, &EditorDocks::showFinding);
    connect(scene, &QGraphicsScene::selectionChanged, this,
            [this] { m_properties->showSelection(m_scene->selection()); });
}

QDockWidget *EditorDocks::dock(const QString &title, const char *name, QWidget *content,
                               Qt::DockWidgetArea area)
{
    auto *d = new QDockWidget(title, m_window);
    d->setObjectName(QLatin1String(name));
    d->setWidget(content);
    m_window->addDockWidget(area, d);
    m_docks.append(d);
    return d;
}

void EditorDocks::addToggleActions(QMenu *menu) const
{
    for (QDockWidget *d : m_docks)
        menu->addAction(d->toggleViewAction());
}

void EditorDocks::selectAndShow(const QStringList &ids)
{
    const QRectF rect = m_scene->selectObjects(ids);
    m_view->centerOnRect(rect);
}

void EditorDocks::showFinding(const Finding &finding)
{
    QStringList ids = finding.objects;
    // Findings that name only field paths ("sites[3].lans[0]"): the object at that index.
    static const QRegularExpression re(QStringLiteral("^(sites|links|profiles)\\[(\\d+)\\]"));
    const Topology &t = m_session->document()->topology();
    for (const QString &path : finding.paths) {
        const auto m = re.match(path);
        if (!m.hasMatch())
            continue;
        const int i = m.captured(2).toInt();
        const QString kind = m.captured(1);
        if (kind == QLatin1String("sites") && i < t.sites.size())
            ids << t.sites[i].id;
        else if (kind == QLatin1String("links") && i < t.links.size())
            ids << t.links[i].id;
        else if (kind == QLatin1String("profiles") && i < t.profiles.size())
            ids << t.profiles[i].id;
    }
    ids.removeDuplicates();
    selectAndShow(ids);
}
