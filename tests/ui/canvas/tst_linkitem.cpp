#include "core/io/topologyreader.h"
#include "ui/canvas/canvasselection.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/profileitem.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"

#include <QTest>
#include <cmath>
#include <QUndoStack>

// A link leaves its ends from outside their cards and profile chips, and its
// label never covers a chip or a card: the hub with three gateways as the
// automatic layout places it, and after moving a gateway anywhere around it.
class TestLinkItem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void autoLayoutKeepsLabelsAndLinesOffChips();
    void movedSiteKeepsItsLinkOffChips_data();
    void movedSiteKeepsItsLinkOffChips();
    void newChipPushesLinkOut();
    void secondLinkBetweenTheSameSitesRunsBeside();

private:
    // Everything a label or a visible segment must stay clear of.
    QList<QRectF> chipRects() const;
    QList<QRectF> cardRects() const;
    void verifyClear(const QString &linkId) const;

    TopologyDocument *m_document = nullptr;
    QUndoStack *m_stack = nullptr;
    EditController *m_edits = nullptr;
    TopologyScene *m_scene = nullptr;
};

namespace {

// True when the segment touches the inside or the border of `rect`.
bool crosses(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    for (const QLineF &edge : edges) {
        if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

void TestLinkItem::init()
{
    LoadError error;
    const auto topology = TopologyReader::fromFile(
        QStringLiteral(ROUTESTUDIO_TEST_DATA "/topologies/three-gateways.topology.json"), &error);
    QVERIFY2(topology, qPrintable(error.toString()));
    QVERIFY(topology->layout.isEmpty()); // the automatic layout places the sites
    m_document = new TopologyDocument;
    m_document->reset(*topology);
    m_stack = new QUndoStack;
    m_edits = new EditController(m_document, m_stack);
    m_scene = new TopologyScene(m_document);
    QCOMPARE(m_scene->profileCount(), 2);
}

void TestLinkItem::cleanup()
{
    delete m_scene;
    delete m_edits;
    delete m_stack;
    delete m_document;
}

QList<QRectF> TestLinkItem::chipRects() const
{
    QList<QRectF> out;
    for (const ProfileItem *p : m_scene->profileItems())
        out << p->sceneBoundingRect();
    return out;
}

QList<QRectF> TestLinkItem::cardRects() const
{
    QList<QRectF> out;
    for (const SiteItem *s : m_scene->siteItems())
        out << s->cardRect().translated(s->pos());
    return out;
}

void TestLinkItem::verifyClear(const QString &linkId) const
{
    const LinkItem *link = m_scene->linkItem(linkId);
    QVERIFY(link);
    const QLineF line = link->sceneLine();
    const QRectF label = link->sceneLabelRect();
    for (const QRectF &chip : chipRects()) {
        QVERIFY2(!label.intersects(chip), qPrintable(QStringLiteral("%1: label %2 on chip %3")
                                                         .arg(linkId, describe(label),
                                                              describe(chip))));
        QVERIFY2(line.isNull() || !crosses(line, chip), qPrintable(QStringLiteral("%1: line through chip %2")
                                                      .arg(linkId, describe(chip))));
    }
    for (const QRectF &card : cardRects()) {
        QVERIFY2(!label.intersects(card), qPrintable(QStringLiteral("%1: label %2 on card %3")
                                                         .arg(linkId, describe(label),
                                                              describe(card))));
    }
}

void TestLinkItem::autoLayoutKeepsLabelsAndLinesOffChips()
{
    QCOMPARE(m_scene->linkCount(), 3);
    for (const LinkItem *link : m_scene->linkItems()) {
        QVERIFY2(!link->sceneLabelRect().isNull(), qPrintable(link->linkId()));
        QVERIFY(link->sceneLine().length() > 40);
        verifyClear(link->linkId());
        if (QTest::currentTestFailed())
            return;
    }
}

void TestLinkItem::movedSiteKeepsItsLinkOffChips_data()
{
    // The hub hq sits at (0, 0); its card reaches down to y 67, its two
    // chips down to y 131. site-c is moved to `to`.
    QTest::addColumn<QPointF>("to");
    QTest::addColumn<bool>("labelShown");
    QTest::addColumn<bool>("lineShown");
    QTest::newRow("straight below, far") << QPointF(0, 400) << true << true;
    QTest::newRow("straight below, room for the label") << QPointF(0, 200) << true << true;
    QTest::newRow("straight below, no room for the label") << QPointF(0, 175) << false << true;
    QTest::newRow("on top of the chips") << QPointF(0, 120) << false << false;
    QTest::newRow("below left, near the chips") << QPointF(-150, 190) << true << true;
    QTest::newRow("below right, near the chips") << QPointF(260, 200) << true << true;
    QTest::newRow("left, level with the chips") << QPointF(-330, 110) << true << true;
    QTest::newRow("below right, cards almost touching") << QPointF(170, 180) << false << true;
    QTest::newRow("right, level with the chips") << QPointF(300, 120) << true << true;
    QTest::newRow("steeply below left") << QPointF(-60, 260) << true << true;
    QTest::newRow("above") << QPointF(40, -300) << true << true;
}

void TestLinkItem::movedSiteKeepsItsLinkOffChips()
{
    QFETCH(QPointF, to);
    QFETCH(bool, labelShown);
    QFETCH(bool, lineShown);
    QCOMPARE(m_scene->siteItem(QStringLiteral("hq"))->pos(), QPointF(0, 0));
    m_document->setSitePosition(QStringLiteral("site-c"), to);
    QCOMPARE(m_scene->siteItem(QStringLiteral("site-c"))->pos(), to);
    const LinkItem *link = m_scene->linkItem(QStringLiteral("hq-site-c"));
    QCOMPARE(!link->sceneLabelRect().isNull(), labelShown);
    QCOMPARE(!link->sceneLine().isNull(), lineShown);
    verifyClear(QStringLiteral("hq-site-c"));
    // The same through a drag of the card (the scene moves the item).
    m_scene->siteItem(QStringLiteral("site-c"))->setPos(to + QPointF(7, 9));
    verifyClear(QStringLiteral("hq-site-c"));
}

void TestLinkItem::newChipPushesLinkOut()
{
    // A third chip grows the stack to y 161: the link straight down starts below it.
    m_document->setSitePosition(QStringLiteral("site-c"), QPointF(0, 300));
    const LinkItem *link = m_scene->linkItem(QStringLiteral("hq-site-c"));
    const qreal before = link->sceneLine().p1().y();
    QVERIFY(!m_edits->addProfile(QStringLiteral("hq")).isEmpty());
    QCOMPARE(m_scene->profileCount(), 3);
    QVERIFY2(link->sceneLine().p1().y() > before + ProfileItem::kHeight,
             qPrintable(QString::number(link->sceneLine().p1().y())));
    verifyClear(QStringLiteral("hq-site-c"));
    m_stack->undo();
    QCOMPARE(link->sceneLine().p1().y(), before);
}


// A primary and its backup between the same two sites (docs/failover.md) are
// drawn side by side, both visible and both clickable, not one over the other;
// when one goes, the other returns to the line between the centres.
void TestLinkItem::secondLinkBetweenTheSameSitesRunsBeside()
{
    const LinkItem *primary = m_scene->linkItem(QStringLiteral("hq-site-a"));
    QVERIFY(primary);
    const QLineF before = primary->sceneLine();
    QCOMPARE(primary->laneOffset(), 0.0);
    const QString id = m_edits->addLink(QStringLiteral("site-a"), QStringLiteral("hq")); // reversed ends
    const LinkItem *backup = m_scene->linkItem(id);
    QVERIFY(backup);
    QCOMPARE(qAbs(primary->laneOffset()), LinkItem::kLaneSpacing / 2);
    QCOMPARE(primary->laneOffset() + backup->laneOffset(), 0.0);
    const QLineF a = primary->sceneLine();
    const QLineF b = backup->sceneLine();
    // Parallel, kLaneSpacing apart, on both sides of where the single link ran.
    QVERIFY(qAbs(a.angleTo(b)) < 0.5 || qAbs(a.angleTo(b) - 180) < 0.5 || qAbs(a.angleTo(b) - 360) < 0.5);
    const QPointF gap = a.center() - b.center();
    QVERIFY2(qAbs(std::hypot(gap.x(), gap.y()) - LinkItem::kLaneSpacing) < 0.5,
             qPrintable(QStringLiteral("centres %1 apart").arg(std::hypot(gap.x(), gap.y()))));
    const QPointF mid = (a.center() + b.center()) / 2;
    QVERIFY(QLineF(mid, before.center()).length() < 0.5);
    // Each can be picked at its own line, and the two labels do not overlap.
    QVERIFY(m_scene->items(a.pointAt(0.2)).contains(const_cast<LinkItem *>(primary)));
    QVERIFY(!m_scene->items(a.pointAt(0.2)).contains(const_cast<LinkItem *>(backup)));
    QVERIFY(!primary->sceneLabelRect().isNull() && !backup->sceneLabelRect().isNull());
    QVERIFY(!primary->sceneLabelRect().intersects(backup->sceneLabelRect()));
    CanvasSelection sel;
    sel.links = {id};
    m_edits->deleteObjects(sel);
    QCOMPARE(primary->laneOffset(), 0.0);
    QVERIFY(QLineF(primary->sceneLine().center(), before.center()).length() < 0.5);
}

QTEST_MAIN(TestLinkItem)
#include "tst_linkitem.moc"
