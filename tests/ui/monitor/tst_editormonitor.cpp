// The editor's Monitor dock, offscreen: the open topology's links and sites
// become rows, Start probes them through a scripted fake prober, states land
// on the canvas items (worst target per link/site), thresholds from the
// dock's editor re-colour them, Stop clears the canvas, edits re-derive the
// targets, opening another file stops and forgets. The main window has the dock.
#include "../../core/monitor/fakeprober.h"
#include "core/io/exampletopology.h"
#include "core/monitor/monitortargets.h"
#include "core/monitor/tunnelmonitor.h"
#include "ui/canvas/canvasselection.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"
#include "ui/canvas/topologyview.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editorsession.h"
#include "ui/files/recentfiles.h"
#include "ui/mainwindow/editordocks.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/monitor/editormonitor.h"
#include "ui/monitor/monitorstatemodel.h"
#include "ui/monitor/monitorwidget.h"
#include "ui/monitor/thresholdseditor.h"

#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {

Ipv4Address ip(const char *text) { return *Ipv4Address::parse(QString::fromLatin1(text)); }

QStringList rows(const MonitorStateModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, 0).data(MonitorStateModel::KeyRole).toString();
    return out;
}

TargetState rowState(const MonitorStateModel *model, const QString &key)
{
    return TargetState(
        model->index(model->rowOf(key), 0).data(MonitorStateModel::StateRole).toInt());
}

} // namespace

class TestEditorMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().remove(QStringLiteral("monitor")); // no thresholds from earlier runs
        m_document = new TopologyDocument;
        m_document->reset(ExampleTopology::topology());
        m_scene = new TopologyScene(m_document);
        auto prober = std::make_unique<FakeProber>();
        m_prober = prober.get();
        m_editor = new EditorMonitor(m_document, m_scene, std::move(prober));
        m_editor->widget()->show();
    }

    void cleanup()
    {
        delete m_editor;
        delete m_scene;
        delete m_document;
    }

    void rowsAreTheTopologysTargets()
    {
        const MonitorStateModel *model = m_editor->monitorWidget()->stateModel();
        QCOMPARE(rows(model), (QStringList{"link:hq-site-a:10.20.0.1", "site:hq:10.10.0.1",
                                           "site:hq:10.8.0.1", "site:site-a:10.20.0.1"}));
        QVERIFY(!m_editor->monitor()->isRunning());
        QVERIFY(m_prober->starts.isEmpty()); // nothing is probed before Start
        QCOMPARE(m_editor->monitorWidget()->startButton()->text(), QStringLiteral("Start"));
    }

    void startColoursTheCanvas()
    {
        m_prober->script[ip("10.20.0.1").value()] = {ProbeResult::reply(20), ProbeResult::reply(20)};
        m_prober->script[ip("10.10.0.1").value()] = {ProbeResult::reply(300)};
        m_prober->script[ip("10.8.0.1").value()] = {ProbeResult::lost(QStringLiteral("timeout"))};
        QTest::mouseClick(m_editor->monitorWidget()->startButton(), Qt::LeftButton);
        QVERIFY(m_editor->monitor()->isRunning());
        QCOMPARE(m_editor->monitorWidget()->startButton()->text(), QStringLiteral("Stop"));

        QTRY_COMPARE(m_scene->siteItem(QStringLiteral("hq"))->monitorState(), TargetState::Down);
        QTRY_COMPARE(m_scene->linkItem(QStringLiteral("hq-site-a"))->monitorState(), TargetState::Up);
        QTRY_COMPARE(m_scene->siteItem(QStringLiteral("site-a"))->monitorState(), TargetState::Up);
        const MonitorStateModel *model = m_editor->monitorWidget()->stateModel();
        QCOMPARE(rowState(model, QStringLiteral("site:hq:10.10.0.1")), TargetState::Degraded);
        QCOMPARE(rowState(model, QStringLiteral("site:hq:10.8.0.1")), TargetState::Down);
        QCOMPARE(rowState(model, QStringLiteral("link:hq-site-a:10.20.0.1")), TargetState::Up);

        // A higher RTT threshold in the dock's editor: the slow LAN counts as up.
        ThresholdsEditor *editor = m_editor->monitorWidget()->thresholdsEditor();
        editor->degradedRttBox()->setValue(500);
        QTRY_COMPARE(m_editor->monitor()->thresholds().degradedRttMs, 500.0);
        QCOMPARE(rowState(model, QStringLiteral("site:hq:10.10.0.1")), TargetState::Up);
        QCOMPARE(m_scene->siteItem(QStringLiteral("hq"))->monitorState(), TargetState::Down);

        // Stop: the canvas shows no states; the rows keep the last ones.
        QTest::mouseClick(m_editor->monitorWidget()->startButton(), Qt::LeftButton);
        QVERIFY(!m_editor->monitor()->isRunning());
        QCOMPARE(m_scene->siteItem(QStringLiteral("hq"))->monitorState(), TargetState::Unknown);
        QCOMPARE(m_scene->linkItem(QStringLiteral("hq-site-a"))->monitorState(), TargetState::Unknown);
        QCOMPARE(rowState(model, QStringLiteral("site:hq:10.8.0.1")), TargetState::Down);
    }

    void intervalComesFromTheDock()
    {
        ThresholdsEditor *editor = m_editor->monitorWidget()->thresholdsEditor();
        editor->setIntervalMs(5000);
        QCOMPARE(editor->intervalMs(), 5000);
        Q_EMIT editor->intervalEdited(editor->intervalMs());
        QCOMPARE(m_editor->monitor()->intervalMs(), 5000);
    }

    void thresholdsAndIntervalAreRemembered()
    {
        ThresholdsEditor *editor = m_editor->monitorWidget()->thresholdsEditor();
        editor->degradedRttBox()->setValue(350);
        editor->setIntervalMs(3000);
        Q_EMIT editor->intervalEdited(editor->intervalMs());
        delete m_editor; // the next start
        auto prober = std::make_unique<FakeProber>();
        m_prober = prober.get();
        m_editor = new EditorMonitor(m_document, m_scene, std::move(prober));
        QCOMPARE(m_editor->monitor()->thresholds().degradedRttMs, 350.0);
        QCOMPARE(m_editor->monitor()->intervalMs(), 3000);
        QCOMPARE(m_editor->monitorWidget()->thresholdsEditor()->degradedRttBox()->value(), 350.0);

        // A saved set that is not valid any more: the defaults apply.
        QSettings().setValue(QStringLiteral("monitor/editor/downAfterLost"), 500);
        delete m_editor;
        prober = std::make_unique<FakeProber>();
        m_prober = prober.get();
        m_editor = new EditorMonitor(m_document, m_scene, std::move(prober));
        QCOMPARE(m_editor->monitor()->thresholds(), MonitorThresholds());
    }

    void editsRederiveTheTargets()
    {
        m_editor->monitor()->start();
        Site s;
        s.id = QStringLiteral("site-b");
        s.lans = {*Ipv4Prefix::parse(u"10.30.0.0/16")};
        m_document->insertSite(int(m_document->topology().sites.size()), s, QPointF(0, 300));
        QTRY_VERIFY(rows(m_editor->monitorWidget()->stateModel())
                        .contains(QStringLiteral("site:site-b:10.30.0.1")));
        m_prober->answerHeld(ProbeResult::reply(10));
        m_editor->monitor()->probeNow();
        m_prober->answerHeld(ProbeResult::reply(10));
        QTRY_COMPARE(m_scene->siteItem(QStringLiteral("site-b"))->monitorState(), TargetState::Up);

        m_document->removeLink(QStringLiteral("hq-site-a"));
        QTRY_VERIFY(!rows(m_editor->monitorWidget()->stateModel())
                         .contains(QStringLiteral("link:hq-site-a:10.20.0.1")));
    }

    // An edit that changes no target (a site's name) leaves the targets as they
    // are: they were set anew, every row and statistic rebuilt, on every edit.
    void editsThatChangeNoTargetKeepThem()
    {
        int changes = 0;
        connect(m_editor->monitor(), &TunnelMonitor::targetsChanged, this, [&changes] { ++changes; });
        Site hq = *m_document->topology().site(QStringLiteral("hq"));
        hq.name = QStringLiteral("Head office, renamed");
        m_document->replaceSite(hq.id, hq);
        QTest::qWait(50); // the re-derivation runs on the next turn of the loop
        QCOMPARE(changes, 0);
        Site b;
        b.id = QStringLiteral("site-b");
        b.lans = {*Ipv4Prefix::parse(u"10.30.0.0/16")};
        m_document->insertSite(int(m_document->topology().sites.size()), b, QPointF(0, 300));
        QTRY_COMPARE(changes, 1);
        QVERIFY(rows(m_editor->monitorWidget()->stateModel())
                    .contains(QStringLiteral("site:site-b:10.30.0.1")));
    }

    // Edits are derived off the GUI thread; a derivation begun before another
    // file was opened never overwrites that file's targets.
    void staleDerivationsAreDropped()
    {
        Site b;
        b.id = QStringLiteral("site-b");
        b.lans = {*Ipv4Prefix::parse(u"10.30.0.0/16")};
        m_document->insertSite(int(m_document->topology().sites.size()), b, QPointF(0, 300));
        QTRY_VERIFY(rows(m_editor->monitorWidget()->stateModel())
                        .contains(QStringLiteral("site:site-b:10.30.0.1")));
        b.id = QStringLiteral("site-c");
        m_document->insertSite(int(m_document->topology().sites.size()), b, QPointF(0, 600));
        QCoreApplication::processEvents(); // the derivation with site-c starts
        m_document->reset(ExampleTopology::topology());
        const QStringList reset = rows(m_editor->monitorWidget()->stateModel());
        QVERIFY(!reset.contains(QStringLiteral("site:site-b:10.30.0.1")));
        QTest::qWait(200);
        QCOMPARE(rows(m_editor->monitorWidget()->stateModel()), reset);
    }

    // While the dock is hidden and the monitor stopped, edits derive no
    // targets (at 10,000 sites a LAN edit rebuilt 20,000 targets' statistics on
    // the GUI thread); showing the dock brings them up to date.
    void hiddenDockDefersTheTargets()
    {
        m_editor->widget()->hide();
        int changes = 0;
        connect(m_editor->monitor(), &TunnelMonitor::targetsChanged, this,
                [&changes] { ++changes; });
        Site b;
        b.id = QStringLiteral("site-b");
        b.lans = {*Ipv4Prefix::parse(u"10.30.0.0/16")};
        m_document->insertSite(int(m_document->topology().sites.size()), b, QPointF(0, 300));
        QTest::qWait(100);
        QCOMPARE(changes, 0);
        m_editor->widget()->show();
        QCOMPARE(changes, 1);
        QVERIFY(rows(m_editor->monitorWidget()->stateModel())
                    .contains(QStringLiteral("site:site-b:10.30.0.1")));
        // Started while hidden (a shortcut, a script): the targets come first.
        m_editor->widget()->hide();
        m_document->removeLink(QStringLiteral("hq-site-a"));
        m_editor->monitor()->start();
        QVERIFY(!rows(m_editor->monitorWidget()->stateModel())
                     .contains(QStringLiteral("link:hq-site-a:10.20.0.1")));
        m_editor->monitor()->stop();
    }

    // With the dock shown, an edit's targets come and go as the table's rows:
    // no reset, the other rows and their statistics stay (a LAN edit at
    // 10,000 sites reset the table and rebuilt all 20,000 targets' statistics).
    void anEditTouchesOnlyItsRows()
    {
        const MonitorStateModel *model = m_editor->monitorWidget()->stateModel();
        m_editor->monitor()->start();
        m_prober->answerHeld(ProbeResult::reply(10));
        const QString hq = QStringLiteral("site:hq:10.10.0.1");
        QTRY_COMPARE(m_editor->monitor()->stats(hq)->count(), 1);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        Site a = *m_document->topology().site(QStringLiteral("site-a"));
        a.lans = {*Ipv4Prefix::parse(u"10.21.0.0/16")};
        m_document->replaceSite(a.id, a);
        QTRY_VERIFY(rows(model).contains(QStringLiteral("site:site-a:10.21.0.1")));
        QCOMPARE(rows(model), (QStringList{"link:hq-site-a:10.21.0.1", "site:hq:10.10.0.1",
                                           "site:hq:10.8.0.1", "site:site-a:10.21.0.1"}));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 2); // site-a's LAN seen across the link and from site-a
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(m_editor->monitor()->stats(hq)->count(), 1);
        QCOMPARE(m_editor->monitor()->stats(QStringLiteral("site:site-a:10.21.0.1"))->count(), 0);
        m_editor->monitor()->stop();
    }

    void badOverrideIsShown()
    {
        Topology t = ExampleTopology::topology();
        t.links[0].extra.insert(QStringLiteral("monitor"),
                                QJsonObject{{"targets", QJsonArray{"10.0.0.x"}}});
        m_document->reset(t);
        QCOMPARE(m_editor->targetErrors(),
                 QStringList{"links[0].monitor.targets[0]: \"10.0.0.x\" is not an IPv4 address"});
        auto *line = m_editor->widget()->findChild<QLabel *>(QStringLiteral("monitorTargetErrors"));
        QVERIFY(line);
        QVERIFY(line->isVisible());
        QVERIFY(line->text().contains(QLatin1String("links[0].monitor.targets[0]")));
    }

    void openingAnotherFileStopsAndForgets()
    {
        m_prober->script[ip("10.20.0.1").value()] = {ProbeResult::reply(20)};
        QVERIFY(m_editor->monitor()->addTarget(MonitorTargets::host(ip("192.0.2.7"))));
        m_editor->monitor()->start();
        QTRY_VERIFY(m_editor->monitor()->history().records().size() > 0);
        m_document->reset(ExampleTopology::topology());
        QVERIFY(!m_editor->monitor()->isRunning());
        QVERIFY(m_editor->monitor()->history().records().isEmpty());
        QVERIFY(!rows(m_editor->monitorWidget()->stateModel()).contains(QStringLiteral("host:192.0.2.7")));
        QCOMPARE(m_scene->linkItem(QStringLiteral("hq-site-a"))->monitorState(), TargetState::Unknown);
    }

    void mainWindowHasTheMonitorDock()
    {
        EditorSession session;
        RecentFiles recent;
        MainWindow window(&session, &recent);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("monitorDock"));
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Monitor"));
        QVERIFY(window.docks()->monitor());
        QCOMPARE(dock->widget(), window.docks()->monitor()->widget());
        QCOMPARE(window.docks()->monitor()->monitorWidget()->stateModel()->rowCount(),
                 int(window.docks()->monitor()->monitor()->targets().size()));
        QVERIFY(!window.docks()->monitor()->monitor()->isRunning());

        // The dock does not squeeze the canvas: the bottom docks keep their size.
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.view()->height() >= 450, qPrintable(QString::number(window.view()->height())));
        QVERIFY(window.docks()->monitor()->widget()->minimumSizeHint().height() < 300);

        // A double-clicked row selects its link or site on the canvas.
        session.document()->reset(ExampleTopology::topology());
        QTableView *table = window.docks()->monitor()->monitorWidget()->table();
        const MonitorStateModel *model = window.docks()->monitor()->monitorWidget()->stateModel();
        const int row = model->rowOf(QStringLiteral("link:hq-site-a:10.20.0.1"));
        QVERIFY(row >= 0);
        Q_EMIT table->doubleClicked(model->index(row, MonitorStateModel::Address));
        QCOMPARE(window.scene()->selection().links, QStringList{"hq-site-a"});
        QVERIFY(window.scene()->selection().sites.isEmpty());
    }

private:
    TopologyDocument *m_document = nullptr;
    TopologyScene *m_scene = nullptr;
    FakeProber *m_prober = nullptr;
    EditorMonitor *m_editor = nullptr;
};

QTEST_MAIN(TestEditorMonitor)
#include "tst_editormonitor.moc"
