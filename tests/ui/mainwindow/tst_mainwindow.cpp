#include "core/io/exampletopology.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"
#include "ui/canvas/topologyview.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/editor/editorsession.h"
#include "ui/files/recentfiles.h"
#include "ui/findings/findingscontroller.h"
#include "ui/findings/findingsmodel.h"
#include "ui/findings/findingspanel.h"
#include "ui/lists/objectlistpanel.h"
#include "ui/mainwindow/editordocks.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/monitor/editormonitor.h"
#include "ui/monitor/monitorwidget.h"
#include "ui/properties/propertypanel.h"
#include "ui/properties/sitepage.h"
#include "ui/secrets/secretsstore.h"

#include <QAction>
#include <QDir>
#include <QMenuBar>
#include <QScreen>
#include <QTemporaryDir>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

// The assembled window: findings follow edits (debounced), clicking one
// selects and centres its objects, lists select on the canvas, actions edit.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void findingsFollowEdits();
    void findingClickSelectsAndCentres();
    void listActivationSelects();
    void actionsAddAndDelete();
    void addGatewayFindsFreeSpace();
    void ctrlYRedoes();
    void windowFitsTheScreen();
    void checkBoxesFollowsAFolder();

private:
    EditorSession *m_session = nullptr;
    RecentFiles *m_recent = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    m_session = new EditorSession;
    m_recent = new RecentFiles;
    m_window = new MainWindow(m_session, m_recent);
    const Topology t = ExampleTopology::topology();
    m_session->load(t, QString(), false);
    m_session->secrets()->reset(ExampleTopology::freshSecrets(t));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_recent;
    delete m_session;
}

void TestMainWindow::findingsFollowEdits()
{
    FindingsController *findings = m_window->docks()->findings();
    QTRY_VERIFY(!findings->isPending());
    const int before = int(findings->findings().size());
    // Give site-a a LAN inside hq's: a lan-overlap error shows up once validated.
    Site s = *m_session->document()->topology().site(QStringLiteral("site-a"));
    s.lans = {*Ipv4Prefix::parse(u"10.10.5.0/24")};
    m_session->edits()->editSite(s.id, s);
    QVERIFY(findings->isPending());
    QTRY_VERIFY(findings->findings().size() > before);
    bool overlap = false;
    for (const Finding &f : findings->findings())
        overlap = overlap || f.code == QLatin1String("lan-overlap");
    QVERIFY(overlap);
    QTRY_COMPARE(m_window->scene()->siteItem(QStringLiteral("site-a"))->mark().worst,
                 std::optional<Finding::Severity>(Finding::Severity::Error));
    m_session->undoStack()->undo();
    QTRY_VERIFY(m_window->scene()->siteItem(QStringLiteral("site-a"))->mark().worst
                != std::optional<Finding::Severity>(Finding::Severity::Error));
}

void TestMainWindow::findingClickSelectsAndCentres()
{
    // Move site-a far away so that centring is visible.
    m_session->edits()->moveSites({{QStringLiteral("site-a"), QPointF(360, 0)}},
                                  {{QStringLiteral("site-a"), QPointF(3000, 2000)}});
    Site s = *m_session->document()->topology().site(QStringLiteral("site-a"));
    s.lans = {*Ipv4Prefix::parse(u"10.10.5.0/24")};
    m_session->edits()->editSite(s.id, s);
    FindingsPanel *panel = m_window->docks()->findingsPanel();
    // The findings of this edit (a validation of the file may still be running).
    QTRY_VERIFY(!m_window->docks()->findings()->isPending());
    QVERIFY(panel->model()->rowCount() > 0);
    QModelIndex target;
    for (int row = 0; row < panel->view()->model()->rowCount(); ++row) {
        const QModelIndex i = panel->view()->model()->index(row, FindingsModel::CodeColumn);
        if (i.data().toString() == QLatin1String("lan-overlap"))
            target = i;
    }
    QVERIFY(target.isValid());
    panel->view()->scrollTo(target);
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {},
                      panel->view()->visualRect(target).center());
    const CanvasSelection sel = m_window->scene()->selection();
    QVERIFY(sel.sites.contains(QStringLiteral("site-a")));
    QVERIFY(sel.sites.contains(QStringLiteral("hq")));
    // Both are in view now.
    TopologyView *view = m_window->view();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(QPointF(3000, 2000)));
    QVERIFY(visible.contains(QPointF(0, 0)));
    // And the property dock shows the multi-selection.
    QVERIFY(m_window->docks()->properties()->currentWidget()
            != m_window->docks()->properties()->sitePage());
}

void TestMainWindow::listActivationSelects()
{
    ObjectListPanel *sites = m_window->docks()->siteList();
    const QModelIndex row = sites->view()->model()->index(1, 0);
    QCOMPARE(row.data().toString(), QStringLiteral("site-a"));
    Q_EMIT sites->view()->clicked(row);
    QCOMPARE(m_window->scene()->selection().sites, QStringList{QStringLiteral("site-a")});
    QCOMPARE(m_window->docks()->properties()->currentWidget(),
             m_window->docks()->properties()->sitePage());
    QCOMPARE(m_window->docks()->properties()->sitePage()->siteId(), QStringLiteral("site-a"));
}

void TestMainWindow::actionsAddAndDelete()
{
    m_window->action(QStringLiteral("addGateway"))->trigger();
    QCOMPARE(m_session->document()->topology().sites.size(), 3);
    const QString id = m_session->document()->topology().sites.last().id;
    QCOMPARE(m_window->scene()->selection().sites, QStringList{id});
    // Link it to hq: select both, Add Link.
    m_window->scene()->selectObjects({id, QStringLiteral("hq")});
    QVERIFY(m_window->action(QStringLiteral("addLink"))->isEnabled());
    m_window->action(QStringLiteral("addLink"))->trigger();
    QCOMPARE(m_session->document()->topology().links.size(), 2);
    m_window->scene()->selectObjects({id});
    m_window->action(QStringLiteral("editDelete"))->trigger();
    QCOMPARE(m_session->document()->topology().sites.size(), 2);
    QCOMPARE(m_session->document()->topology().links.size(), 1);
    m_window->action(QStringLiteral("editUndo"))->trigger();
    QCOMPARE(m_session->document()->topology().links.size(), 2);
    QVERIFY(m_window->isWindowModified());
}

// With the view centred on the hub, Add Gateway puts the card next to it, not on it.
void TestMainWindow::addGatewayFindsFreeSpace()
{
    SiteItem *hub = m_window->scene()->siteItem(QStringLiteral("hq"));
    QVERIFY(hub);
    m_window->view()->centerOn(hub);
    for (int n = 0; n < 3; ++n) {
        m_window->action(QStringLiteral("addGateway"))->trigger();
        const QString id = m_session->document()->topology().sites.last().id;
        SiteItem *added = m_window->scene()->siteItem(id);
        QVERIFY(added);
        const QRectF card = added->mapRectToScene(added->cardRect());
        for (SiteItem *other : m_window->scene()->siteItems()) {
            if (other != added)
                QVERIFY2(!card.intersects(other->mapRectToScene(other->extentRect())),
                         qPrintable(id + QStringLiteral(" lies on ") + other->siteId()));
        }
        const QRectF visible =
            m_window->view()->mapToScene(m_window->view()->viewport()->rect()).boundingRect();
        QVERIFY2(visible.adjusted(-400, -400, 400, 400).contains(card.center()),
                 "near the view's centre");
    }
}

// docs/editor.md: Undo / Redo Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y).
void TestMainWindow::ctrlYRedoes()
{
    m_window->action(QStringLiteral("addGateway"))->trigger();
    QCOMPARE(m_session->document()->topology().sites.size(), 3);
    m_window->action(QStringLiteral("editUndo"))->trigger();
    QCOMPARE(m_session->document()->topology().sites.size(), 2);
    m_window->activateWindow();
    QTest::keyClick(m_window->view(), Qt::Key_Y, Qt::ControlModifier);
    QTRY_COMPARE(m_session->document()->topology().sites.size(), 3);
    QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_session->document()->topology().sites.size(), 3); // nothing left to redo
    m_window->action(QStringLiteral("editUndo"))->trigger();
    QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_session->document()->topology().sites.size(), 3);
}

// The window opens within the screen's available area, not at 1400×900 everywhere
// (the offscreen screen is 800×600).
void TestMainWindow::windowFitsTheScreen()
{
    MainWindow w(m_session, m_recent);
    const QRect avail = w.screen()->availableGeometry();
    QVERIFY2(w.width() <= avail.width() && w.height() <= avail.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(w.width()).arg(w.height())
                            .arg(avail.width()).arg(avail.height())));
}

QTEST_MAIN(TestMainWindow)

// File → Check Boxes (docs/check.md): a folder of collections joins the
// findings and the monitor's counts until the action is unchecked. hq's
// collection here is empty: every part of it is named not collected.
void TestMainWindow::checkBoxesFollowsAFolder()
{
    QAction *check = m_window->action(QStringLiteral("fileCheckBoxes"));
    QVERIFY(check && check->isCheckable());
    QCOMPARE(check->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    QVERIFY(m_window->menuBar()->actions().first()->menu()->actions().contains(check));
    QTemporaryDir folder;
    QVERIFY(QDir().mkpath(folder.filePath(QStringLiteral("hq"))));
    FindingsController *findings = m_window->docks()->findings();
    m_window->setCheckFolder(folder.path());
    QVERIFY(check->isChecked());
    QTRY_VERIFY(!findings->isPending());
    const auto notCollected = [findings] {
        int n = 0;
        for (const Finding &f : findings->findings())
            n += f.code == QLatin1String("check-not-collected") && f.objects == QStringList{"hq"};
        return n;
    };
    QCOMPARE(notCollected(), 5);
    int onHq = 0; // with those, every generated file is named not installed
    for (const Finding &f : findings->findings())
        onHq += f.code.startsWith(QLatin1String("check-")) && f.objects == QStringList{"hq"};
    QVERIFY(onHq > 5);
    MonitorWidget *monitor = m_window->docks()->monitor()->monitorWidget();
    QCOMPARE(monitor->checkFailures(), (QMap<QString, int>{{"hq", onHq}}));
    m_window->setCheckFolder(QString());
    QVERIFY(!check->isChecked());
    QTRY_VERIFY(!findings->isPending());
    QCOMPARE(notCollected(), 0);
    QVERIFY(monitor->checkFailures().isEmpty());
}

#include "tst_mainwindow.moc"
