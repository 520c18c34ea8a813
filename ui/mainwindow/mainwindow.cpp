#include "ui/mainwindow/mainwindow.h"

#include "ui/canvas/autolayout.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"
#include "ui/canvas/topologyview.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/editor/editorsession.h"
#include "ui/export/exportdialog.h"
#include "ui/findings/findingscontroller.h"
#include "ui/files/filecontroller.h"
#include "ui/files/recentfiles.h"
#include "ui/i18n/languagemenu.h"
#include "ui/import/importdialog.h"
#include "ui/mainwindow/editordocks.h"
#include "ui/secrets/secretsdialog.h"
#include "ui/shortcuts/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>

MainWindow::MainWindow(EditorSession *session, RecentFiles *recent, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_recent(recent),
      m_scene(new TopologyScene(session->document(), this)), m_view(new TopologyView(this)),
      m_files(new FileController(session, recent, this, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_view->setScene(m_scene);
    setCentralWidget(m_view);
    createActions();
    m_docks = new EditorDocks(this, session, m_scene, m_view);
    createMenus();

    m_counts = new QLabel(this);
    m_zoom = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoom);

    connect(m_scene, &TopologyScene::moveRequested, session->edits(), &EditController::moveSites);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateActions);
    connect(m_view, &TopologyView::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view, &TopologyView::zoomChanged, this, &MainWindow::updateStatus);
    connect(session, &EditorSession::fileNameChanged, this, &MainWindow::updateTitle);
    connect(session, &EditorSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(session->document(), &TopologyDocument::changed, this, &MainWindow::updateStatus);
    connect(session->document(), &TopologyDocument::resetDone, this, [this] {
        m_view->requestFit();
        updateTitle();
    });
    connect(m_files, &FileController::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(recent, &RecentFiles::changed, this, &MainWindow::fillRecentMenu);

    // 1400×900 where it fits, else 90 % of the screen's free area (laptops, 1366×768).
    const QSize room = screen() ? screen()->availableGeometry().size() * 0.9 : QSize(1400, 900);
    resize(QSize(1400, 900).boundedTo(room));
    updateTitle();
    updateActions();
    updateStatus();
    fillRecentMenu();
}

MainWindow::~MainWindow()
{
    // The scene goes with the children, after this class: no more signals to it.
    m_scene->disconnect();
    m_scene->clearSelection();
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("fileNew")));
    file->addAction(action(QStringLiteral("fileOpen")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(action(QStringLiteral("fileSave")));
    file->addAction(action(QStringLiteral("fileSaveAs")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("fileImport")));
    file->addAction(action(QStringLiteral("fileExport")));
    file->addAction(action(QStringLiteral("fileCheckBoxes")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("fileQuit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const char *n :
         {"editUndo", "editRedo", "", "editDelete", "editSelectAll", "", "editSecrets"}) {
        if (*n)
            edit->addAction(action(QLatin1String(n)));
        else
            edit->addSeparator();
    }

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    for (const char *n : {"addHub", "addGateway", "addLink", "addProfile"})
        insert->addAction(action(QLatin1String(n)));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (const char *n : {"viewZoomIn", "viewZoomOut", "viewZoomReset", "viewFit", "",
                          "viewArrange"}) {
        if (*n)
            m_viewMenu->addAction(action(QLatin1String(n)));
        else
            m_viewMenu->addSeparator();
    }
    m_viewMenu->addSeparator();

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(24, 24));
    for (const char *n : {"fileNew", "fileOpen", "fileSave", "", "editUndo", "editRedo", "",
                          "addHub", "addGateway", "addLink", "addProfile", "editDelete", "",
                          "viewFit", "viewArrange", "", "fileExport", "editSecrets"}) {
        if (*n)
            tools->addAction(action(QLatin1String(n)));
        else
            tools->addSeparator();
    }
    m_viewMenu->addAction(tools->toggleViewAction());
    m_docks->addToggleActions(m_viewMenu);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addMenu(new LanguageMenu(Translations(), settings));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    shortcuts->setObjectName(QStringLiteral("shortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About RouteStudio"), this, [this] {
        QMessageBox::about(this, tr("About RouteStudio"),
                           tr("<b>RouteStudio %1</b><p>Plan L2TP/IPsec VPNs with static routes, "
                              "check the IP plan, and generate every box's configuration.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString f = files[i];
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(f), this, [this, f] {
                if (m_files->maybeSave())
                    m_files->openPath(f);
            });
        a->setStatusTip(f);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), m_recent, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — RouteStudio").arg(m_session->displayName()));
    setWindowModified(m_session->isModified());
}

void MainWindow::updateActions()
{
    const CanvasSelection sel = m_scene->selection();
    action(QStringLiteral("editDelete"))->setEnabled(!sel.isEmpty());
    action(QStringLiteral("addLink"))->setEnabled(sel.sites.size() == 2);
    const Site *hub = sel.sites.size() == 1 ? m_session->document()->topology().site(sel.sites[0])
                                            : nullptr;
    action(QStringLiteral("addProfile"))->setEnabled(hub && hub->isHub());
}

void MainWindow::updateStatus()
{
    const Topology &t = m_session->document()->topology();
    m_counts->setText(tr("%n site(s)", nullptr, int(t.sites.size())) + QStringLiteral(" · ")
                      + tr("%n link(s)", nullptr, int(t.links.size())) + QStringLiteral(" · ")
                      + tr("%n profile(s)", nullptr, int(t.profiles.size())));
    m_zoom->setText(tr("%1%").arg(qRound(m_view->zoom() * 100)));
    updateActions();
}

QPointF MainWindow::newItemPosition() const
{
    if (m_hasContextPos)
        return m_contextPos;
    // Free space nearest the visible centre: never on top of an existing card.
    return m_scene->freePosition(m_view->mapToScene(m_view->viewport()->rect().center()));
}

void MainWindow::addLink()
{
    const CanvasSelection sel = m_scene->selection();
    if (sel.sites.size() != 2) {
        statusBar()->showMessage(tr("Select exactly two sites to link them."), 5000);
        return;
    }
    const QString id = m_session->edits()->addLink(sel.sites[0], sel.sites[1]);
    m_scene->selectObjects({id});
}

void MainWindow::addProfile()
{
    const CanvasSelection sel = m_scene->selection();
    const QString id =
        sel.sites.size() == 1 ? m_session->edits()->addProfile(sel.sites[0]) : QString();
    if (id.isEmpty())
        statusBar()->showMessage(tr("Select one hub to add a client profile to it."), 5000);
    else
        m_scene->selectObjects({id});
}

void MainWindow::nudge(const QPointF &delta)
{
    const QStringList sites = m_scene->selection().sites;
    m_session->edits()->nudgeSites(sites, delta,
                                   [this](const QString &id) { return m_scene->sitePosition(id); });
}

void MainWindow::arrange()
{
    m_session->edits()->arrange(AutoLayout::arrange(m_session->document()->topology()));
    m_view->fitAll();
}

void MainWindow::showContextMenu(const QPoint &globalPos, const QPointF &scenePos)
{
    QGraphicsItem *item = m_scene->itemAt(scenePos, m_view->transform());
    if (item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    QMenu menu(this);
    if (!item) {
        m_contextPos = scenePos;
        m_hasContextPos = true;
        menu.addAction(action(QStringLiteral("addHub")));
        menu.addAction(action(QStringLiteral("addGateway")));
        menu.addSeparator();
        menu.addAction(action(QStringLiteral("viewFit")));
        menu.addAction(action(QStringLiteral("viewArrange")));
    } else {
        menu.addAction(action(QStringLiteral("addLink")));
        menu.addAction(action(QStringLiteral("addProfile")));
        menu.addSeparator();
        menu.addAction(action(QStringLiteral("editDelete")));
    }
    menu.exec(globalPos);
    m_hasContextPos = false;
}

void MainWindow::editSecrets()
{
    SecretsDialog dialog(m_session->document(), m_session->secrets(), this);
    dialog.exec();
}

void MainWindow::importBoxes()
{
    ImportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_files->openImported(dialog.topology(), dialog.secrets());
}

// Checks the boxes whose collections a folder holds (collections/<site>/, as
// the Ansible audit play writes them; docs/check.md): their faults join the
// Findings and mark the sites' cards, the Prometheus page counts them, and
// the folder is read again every minute until the action is unchecked.
void MainWindow::checkBoxes(bool on)
{
    FindingsController *findings = m_docks->findings();
    QString folder;
    if (on) {
        folder = QFileDialog::getExistingDirectory(this, tr("Folder of Box Collections"),
                                                   findings->checkFolder());
        if (folder.isEmpty()) {
            action(QStringLiteral("fileCheckBoxes"))->setChecked(!findings->checkFolder().isEmpty());
            return;
        }
    }
    setCheckFolder(folder);
}

void MainWindow::setCheckFolder(const QString &folder)
{
    m_docks->findings()->setCheckFolder(folder);
    action(QStringLiteral("fileCheckBoxes"))->setChecked(!folder.isEmpty());
    statusBar()->showMessage(folder.isEmpty()
                                 ? tr("No longer checking boxes")
                                 : tr("Checking the boxes in %1 every minute").arg(folder),
                             5000);
}

void MainWindow::exportBundles()
{
    ExportDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_files->maybeSave())
        event->accept();
    else
        event->ignore();
}
