#include "core/io/exampletopology.h"
#include "core/validation/validator.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/profileitem.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"
#include "ui/canvas/topologyview.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

// The scene follows the document: every edit (and its undo) shows on the canvas.
class TestTopologyScene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void buildsFromDocument();
    void addAndUndoSite();
    void deleteSiteRemovesItsLinks();
    void renameKeepsItem();
    void linkFollowsMovedSite();
    void profileMovesToOtherHub();
    void backupHubShowsTheProfile();
    void dragIsOneUndoStep();
    void findingsMarkItems();
    void marksTouchOnlyWhatChanged();
    void manyMarksApplyInSlices();
    void autoLayoutForFilesWithoutPositions();

private:
    TopologyDocument *m_document = nullptr;
    QUndoStack *m_stack = nullptr;
    EditController *m_edits = nullptr;
    TopologyScene *m_scene = nullptr;
};

void TestTopologyScene::init()
{
    m_document = new TopologyDocument;
    m_document->reset(ExampleTopology::topology());
    m_stack = new QUndoStack;
    m_edits = new EditController(m_document, m_stack);
    m_scene = new TopologyScene(m_document);
}

void TestTopologyScene::cleanup()
{
    delete m_scene;
    delete m_edits;
    delete m_stack;
    delete m_document;
}

void TestTopologyScene::buildsFromDocument()
{
    QCOMPARE(m_scene->siteCount(), 2);
    QCOMPARE(m_scene->linkCount(), 1);
    QCOMPARE(m_scene->profileCount(), 1);
    QCOMPARE(m_scene->siteItem(QStringLiteral("site-a"))->pos(), QPointF(360, 0));
    ProfileItem *staff = m_scene->profileItem(QStringLiteral("staff"));
    QCOMPARE(staff->parentItem(), m_scene->siteItem(QStringLiteral("hq")));
}

void TestTopologyScene::addAndUndoSite()
{
    const QString id = m_edits->addGateway(QPointF(100, 200));
    QVERIFY(m_scene->siteItem(id));
    QCOMPARE(m_scene->siteItem(id)->pos(), QPointF(100, 200));
    m_stack->undo();
    QVERIFY(!m_scene->siteItem(id));
    QCOMPARE(m_scene->siteCount(), 2);
    m_stack->redo();
    QVERIFY(m_scene->siteItem(id));
}

void TestTopologyScene::deleteSiteRemovesItsLinks()
{
    CanvasSelection sel;
    sel.sites = {QStringLiteral("hq")};
    m_edits->deleteObjects(sel);
    QCOMPARE(m_scene->siteCount(), 1);
    QCOMPARE(m_scene->linkCount(), 0);
    QCOMPARE(m_scene->profileCount(), 0);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_scene->siteCount(), 2);
    QCOMPARE(m_scene->linkCount(), 1);
    LinkItem *link = m_scene->linkItem(QStringLiteral("hq-site-a"));
    QVERIFY(link->isVisible());
    QCOMPARE(m_scene->siteItem(QStringLiteral("hq"))->links(), QList<LinkItem *>{link});
    QCOMPARE(m_scene->profileItem(QStringLiteral("staff"))->parentItem(),
             m_scene->siteItem(QStringLiteral("hq")));
}

void TestTopologyScene::renameKeepsItem()
{
    SiteItem *item = m_scene->siteItem(QStringLiteral("hq"));
    Site s = *m_document->topology().site(QStringLiteral("hq"));
    s.id = QStringLiteral("central");
    m_edits->editSite(QStringLiteral("hq"), s);
    QCOMPARE(m_scene->siteItem(QStringLiteral("central")), item);
    QCOMPARE(item->siteId(), QStringLiteral("central"));
    QVERIFY(!m_scene->siteItem(QStringLiteral("hq")));
    m_stack->undo();
    QCOMPARE(m_scene->siteItem(QStringLiteral("hq")), item);
}

void TestTopologyScene::linkFollowsMovedSite()
{
    LinkItem *link = m_scene->linkItem(QStringLiteral("hq-site-a"));
    QCOMPARE(link->pos(), QPointF(180, 0));
    m_edits->moveSites({{QStringLiteral("site-a"), QPointF(360, 0)}},
                       {{QStringLiteral("site-a"), QPointF(360, 400)}});
    QCOMPARE(m_scene->siteItem(QStringLiteral("site-a"))->pos(), QPointF(360, 400));
    QCOMPARE(link->pos(), QPointF(180, 200));
    m_stack->undo();
    QCOMPARE(link->pos(), QPointF(180, 0));
}

void TestTopologyScene::profileMovesToOtherHub()
{
    const QString hub = m_edits->addHub(QPointF(0, 500));
    Profile p = *m_document->topology().profile(QStringLiteral("staff"));
    p.hub = hub;
    m_edits->editProfile(QStringLiteral("staff"), p);
    QCOMPARE(m_scene->profileItem(QStringLiteral("staff"))->parentItem(), m_scene->siteItem(hub));
    m_stack->undo();
    QCOMPARE(m_scene->profileItem(QStringLiteral("staff"))->parentItem(),
             m_scene->siteItem(QStringLiteral("hq")));
}

// A profile's backup hub carries a second, dashed chip saying whose backup it
// is; it follows the profile's edits (and their undo) and selects the profile.
void TestTopologyScene::backupHubShowsTheProfile()
{
    const QString dr = m_edits->addHub(QPointF(0, 500));
    QVERIFY(!m_scene->backupProfileItem(QStringLiteral("staff")));
    Profile p = *m_document->topology().profile(QStringLiteral("staff"));
    p.backupHub = dr;
    m_edits->editProfile(QStringLiteral("staff"), p);
    ProfileItem *backup = m_scene->backupProfileItem(QStringLiteral("staff"));
    QVERIFY(backup);
    QVERIFY(backup->isBackup());
    QCOMPARE(backup->parentItem(), m_scene->siteItem(dr));
    QCOMPARE(backup->hubId(), dr);
    QVERIFY(backup->isVisible());
    QVERIFY(backup->toolTip().contains(QStringLiteral("Backup hub: %1").arg(dr)));
    // The chip sits below the backup hub's card, and the hub's links leave below it.
    QVERIFY(backup->y() >= m_scene->siteItem(dr)->cardRect().bottom());
    // The primary chip stays under hq and says which backup it has.
    ProfileItem *primary = m_scene->profileItem(QStringLiteral("staff"));
    QCOMPARE(primary->parentItem(), m_scene->siteItem(QStringLiteral("hq")));
    QVERIFY(primary->toolTip().contains(QStringLiteral("Backup hub: %1").arg(dr)));
    // Clicking the backup chip selects the profile, once.
    backup->setSelected(true);
    primary->setSelected(true);
    QCOMPARE(m_scene->selection().profiles, QStringList{QStringLiteral("staff")});
    m_scene->clearSelection();
    // Undo takes the chip away; redo brings it back; removing the profile removes both.
    m_stack->undo();
    QVERIFY(!m_scene->backupProfileItem(QStringLiteral("staff")));
    m_stack->redo();
    QVERIFY(m_scene->backupProfileItem(QStringLiteral("staff")));
    QCOMPARE(m_scene->backupProfileItem(QStringLiteral("staff"))->parentItem(), m_scene->siteItem(dr));
    // A rename carries the chip along.
    p.id = QStringLiteral("crew");
    m_edits->editProfile(QStringLiteral("staff"), p);
    QVERIFY(!m_scene->backupProfileItem(QStringLiteral("staff")));
    QVERIFY(m_scene->backupProfileItem(QStringLiteral("crew")));
    QCOMPARE(m_scene->backupProfileItem(QStringLiteral("crew"))->profileId(), QStringLiteral("crew"));
    // A rebuild (another file opened) makes it from the document.
    m_document->reset(m_document->topology());
    QVERIFY(m_scene->backupProfileItem(QStringLiteral("crew")));
}

void TestTopologyScene::dragIsOneUndoStep()
{
    TopologyView view;
    view.setScene(m_scene);
    QObject::connect(m_scene, &TopologyScene::moveRequested, m_edits, &EditController::moveSites);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.centerOn(QPointF(360, 0));
    SiteItem *site = m_scene->siteItem(QStringLiteral("site-a"));
    const QPoint start = view.mapFromScene(site->pos() + QPointF(0, 20));
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
    for (int i = 1; i <= 5; ++i) {
        QMouseEvent move(QEvent::MouseMove, start + QPoint(20 * i, 10 * i),
                         view.viewport()->mapToGlobal(start + QPoint(20 * i, 10 * i)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
    }
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(100, 50));
    QCOMPARE(m_stack->count(), 1);
    const QPointF moved = *m_document->position(QStringLiteral("site-a"));
    QVERIFY(moved.x() > 400);
    QCOMPARE(site->pos(), moved);
    m_stack->undo();
    QCOMPARE(*m_document->position(QStringLiteral("site-a")), QPointF(360, 0));
    QCOMPARE(site->pos(), QPointF(360, 0));
}

void TestTopologyScene::findingsMarkItems()
{
    Finding f;
    f.severity = Finding::Severity::Warning;
    f.code = QStringLiteral("x");
    f.message = QStringLiteral("something about site-a");
    f.objects = {QStringLiteral("site-a"), QStringLiteral("hq-site-a")};
    m_scene->setFindings({f});
    QCOMPARE(m_scene->siteItem(QStringLiteral("site-a"))->mark().worst,
             std::optional<Finding::Severity>(Finding::Severity::Warning));
    QVERIFY(!m_scene->siteItem(QStringLiteral("hq"))->mark().worst);
    QVERIFY(m_scene->siteItem(QStringLiteral("site-a"))->toolTip().contains(f.message));
    m_scene->setFindings({});
    QVERIFY(!m_scene->siteItem(QStringLiteral("site-a"))->mark().worst);
}

namespace {

// The example plus `count` gateways gw-0 … gw-N, and a warning naming each.
QList<Finding> addGatewaysWithFindings(TopologyDocument *document, int count)
{
    Topology t = ExampleTopology::topology();
    QList<Finding> findings;
    for (int i = 0; i < count; ++i) {
        Site s;
        s.id = QStringLiteral("gw-%1").arg(i);
        t.sites << s;
        t.layout.insert(s.id, QPointF(i % 100 * 300, i / 100 * 200));
        Finding f;
        f.severity = Finding::Severity::Warning;
        f.code = QStringLiteral("x");
        f.message = QStringLiteral("about ") + s.id;
        f.objects = {s.id};
        findings << f;
    }
    document->reset(t);
    return findings;
}

} // namespace

// An edit or a new validation touches only the items whose marks change: every
// site edit re-applied all marks (18,100 at 10,000 sites, on the GUI thread).
void TestTopologyScene::marksTouchOnlyWhatChanged()
{
    QList<Finding> findings = addGatewaysWithFindings(m_document, 300);
    m_scene->setFindings(findings);
    QCOMPARE(m_scene->markUpdates(), 300);
    QVERIFY(!m_scene->hasUnappliedMarks());
    const auto gw = [this](int i) { return m_scene->siteItem(QStringLiteral("gw-%1").arg(i)); };
    QVERIFY(gw(7)->mark().worst);

    Site s = *m_document->topology().site(QStringLiteral("gw-7"));
    s.name = QStringLiteral("Renamed");
    m_edits->editSite(s.id, s);
    QVERIFY(gw(7)->toolTip().contains(QLatin1String("Renamed")));
    QVERIFY(gw(7)->mark().worst); // its mark stays
    QCOMPARE(m_scene->markUpdates(), 300);

    m_scene->setFindings(findings); // the same findings again
    QCOMPARE(m_scene->markUpdates(), 300);
    findings[9].severity = Finding::Severity::Error;
    findings.removeAt(3);
    m_scene->setFindings(findings);
    QCOMPARE(m_scene->markUpdates(), 302);
    QCOMPARE(gw(9)->mark().worst, std::optional<Finding::Severity>(Finding::Severity::Error));
    QVERIFY(!gw(3)->mark().worst);

    // A site deleted and brought back by undo shows its mark again.
    m_edits->deleteObjects(CanvasSelection{{QStringLiteral("gw-12")}, {}, {}});
    QVERIFY(!gw(12));
    m_stack->undo();
    QVERIFY(gw(12)->mark().worst);
}

// Tens of thousands of marks (a new file's) are applied a thousand at a time,
// the rest in later turns of the event loop, so no frame waits for all.
void TestTopologyScene::manyMarksApplyInSlices()
{
    const QList<Finding> findings = addGatewaysWithFindings(m_document, 2500);
    m_scene->setFindings(findings);
    QVERIFY(m_scene->hasUnappliedMarks());
    QVERIFY2(m_scene->markUpdates() <= 1000, qPrintable(QString::number(m_scene->markUpdates())));
    QTRY_VERIFY(!m_scene->hasUnappliedMarks());
    QCOMPARE(m_scene->markUpdates(), 2500);
    for (int i = 0; i < 2500; ++i)
        QVERIFY(m_scene->siteItem(QStringLiteral("gw-%1").arg(i))->mark().worst);
    // Marks that arrive while slices are pending: the newest win.
    m_scene->setFindings(findings.mid(0, 10));
    m_scene->setFindings({});
    QTRY_VERIFY(!m_scene->hasUnappliedMarks());
    QVERIFY(!m_scene->siteItem(QStringLiteral("gw-5"))->mark().worst);
    QVERIFY(!m_scene->siteItem(QStringLiteral("gw-2000"))->mark().worst);
}

void TestTopologyScene::autoLayoutForFilesWithoutPositions()
{
    Topology t = ExampleTopology::topology();
    t.layout.clear();
    for (int i = 0; i < 30; ++i) {
        Site s;
        s.id = QStringLiteral("g%1").arg(i);
        t.sites << s;
        t.links << Link{QStringLiteral("l%1").arg(i), QStringLiteral("hq"), s.id,
                        Transport::Ipsec, IkeVersion::Ikev2, QString(), {}};
    }
    m_document->reset(t);
    QCOMPARE(m_scene->siteCount(), 32);
    // No two cards on the same spot, and the document keeps no invented positions.
    QSet<QPair<int, int>> spots;
    for (const Site &s : t.sites) {
        const QPointF p = m_scene->siteItem(s.id)->pos();
        spots.insert({qRound(p.x()), qRound(p.y())});
    }
    QCOMPARE(spots.size(), 32);
    QVERIFY(m_document->topology().layout.isEmpty());
}

QTEST_MAIN(TestTopologyScene)
#include "tst_topologyscene.moc"
