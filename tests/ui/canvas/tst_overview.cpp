#include "core/io/exampletopology.h"
#include "ui/canvas/canvaspalette.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/profileitem.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"
#include "ui/canvas/topologyview.h"
#include "ui/document/topologydocument.h"
#include "ui/monitor/statecolors.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTest>

// Below DetailLevel::kOverview a TopologyView draws the items itself, batched
// (OverviewPainter), and the items have no contents of their own (bench/editor
// says why). What matters must still show: findings, the selection and
// monitor states in their colours, and every site and link; a change of any
// of them repaints, also through the view's cached background; the items stay
// selectable and hit-testable.
class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksShowAtEveryZoom_data();
    void marksShowAtEveryZoom();
    void statesShowAtOverview_data();
    void statesShowAtOverview();
    void viewDrawsTheItemsOnlyAtOverview();
    void changesRepaintTheCachedOverview();
    void structuralChangesRepaintTheCachedOverview();
    void itemsStaySelectableAtOverview();
    void framesReuseTheShapes();
};

namespace {

const QString kHq = QStringLiteral("hq");
const QString kSiteA = QStringLiteral("site-a");
const QString kLink = QStringLiteral("hq-site-a");
const QString kProfile = QStringLiteral("staff");

int pixelsOf(const QImage &image, const QColor &color, const QRect &area = QRect())
{
    const QRect r = area.isNull() ? image.rect() : area.intersected(image.rect());
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x)
            n += qRed(line[x]) == color.red() && qGreen(line[x]) == color.green()
                         && qBlue(line[x]) == color.blue()
                     ? 1
                     : 0;
    }
    return n;
}

QImage rendered(TopologyView &view)
{
    QImage image(view.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    view.render(&painter);
    return image;
}

// The example (two sites, one link, one profile) in an 800×600 view.
struct Canvas
{
    TopologyDocument document;
    TopologyScene scene{&document};
    TopologyView view;

    explicit Canvas(qreal zoom)
    {
        document.reset(ExampleTopology::topology());
        view.setScene(&scene);
        view.resize(800, 600);
        view.show();
        view.setTransform(QTransform::fromScale(zoom, zoom));
        view.centerOn(QPointF(180, 0)); // between the two sites
    }
};

} // namespace

void TestOverview::marksShowAtEveryZoom_data()
{
    QTest::addColumn<qreal>("zoom");
    QTest::addColumn<bool>("marked");
    QTest::newRow("overview, error") << 0.1 << true;
    QTest::newRow("overview, clean") << 0.1 << false;
    QTest::newRow("detail, error") << 1.0 << true;
    QTest::newRow("detail, clean") << 1.0 << false;
}

void TestOverview::marksShowAtEveryZoom()
{
    QFETCH(qreal, zoom);
    QFETCH(bool, marked);
    Canvas c(zoom);
    if (marked) {
        Finding f;
        f.code = QStringLiteral("lan-overlap");
        f.message = QStringLiteral("test");
        f.objects = QStringList{kSiteA};
        c.scene.setFindings({f});
    }
    const QImage image = rendered(c.view);
    const int red = pixelsOf(image, CanvasPalette::severityColor(Finding::Severity::Error));
    QVERIFY2(marked ? red > 0 : red == 0, qPrintable(QString::number(red)));
    // Both sites are drawn in their platform colour at either level.
    QVERIFY(pixelsOf(image, CanvasPalette::platformColor(Platform::LinuxStrongswan)) > 0);
}

void TestOverview::statesShowAtOverview_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QColor>("colour");
    const QColor selection = CanvasPalette::selection();
    QTest::newRow("selected site") << kSiteA << "select" << selection;
    QTest::newRow("selected link") << kLink << "select" << selection;
    QTest::newRow("selected profile") << kProfile << "select" << selection;
    QTest::newRow("down site") << kSiteA << "down" << StateColors::color(TargetState::Down);
    QTest::newRow("degraded hub") << kHq << "degraded"
                                  << StateColors::color(TargetState::Degraded);
    QTest::newRow("down link") << kLink << "down" << StateColors::color(TargetState::Down);
    QTest::newRow("up link") << kLink << "up" << StateColors::color(TargetState::Up);
}

void TestOverview::statesShowAtOverview()
{
    QFETCH(QString, object);
    QFETCH(QString, change);
    QFETCH(QColor, colour);
    Canvas c(0.1);
    QCOMPARE(pixelsOf(rendered(c.view), colour), 0);

    const bool site = c.scene.siteItem(object) != nullptr;
    const TargetState state = change == QLatin1String("down")       ? TargetState::Down
                              : change == QLatin1String("degraded") ? TargetState::Degraded
                                                                    : TargetState::Up;
    if (change == QLatin1String("select"))
        c.scene.selectObjects({object});
    else if (site)
        c.scene.setSiteMonitorState(object, state);
    else
        c.scene.setLinkMonitorState(object, state);
    QVERIFY2(pixelsOf(rendered(c.view), colour) > 0, qPrintable(object));

    // And gone again when the state is.
    c.scene.clearSelection();
    c.scene.clearMonitorStates();
    QCOMPARE(pixelsOf(rendered(c.view), colour), 0);
}

void TestOverview::viewDrawsTheItemsOnlyAtOverview()
{
    Canvas c(0.1);
    const QList<QGraphicsItem *> items{c.scene.siteItem(kHq), c.scene.siteItem(kSiteA),
                                       c.scene.linkItem(kLink), c.scene.profileItem(kProfile)};
    const QColor hubColour = CanvasPalette::platformColor(Platform::LinuxStrongswan);
    for (const qreal zoom : {0.1, 1.0, 0.2, 0.5}) {
        c.view.setTransform(QTransform::fromScale(zoom, zoom));
        c.view.centerOn(QPointF(180, 0));
        const QImage image = rendered(c.view);
        const bool overview = zoom < 0.35;
        QCOMPARE(c.scene.isOverview(), overview);
        for (const QGraphicsItem *item : items)
            QCOMPARE(bool(item->flags() & QGraphicsItem::ItemHasNoContents), overview);
        // Drawn either way: the hub's block (overview) or its header band and icon.
        QVERIFY2(pixelsOf(image, hubColour) > 0, qPrintable(QString::number(zoom)));
        // Card text only in detail.
        QCOMPARE(pixelsOf(image, CanvasPalette::text()) > 0, !overview);
    }
    // A change made at overview (the item had no contents) shows in detail.
    c.view.setTransform(QTransform::fromScale(0.1, 0.1));
    rendered(c.view);
    c.scene.siteItem(kSiteA)->setSelected(true);
    c.view.setTransform(QTransform());
    c.view.centerOn(QPointF(180, 0));
    QVERIFY(pixelsOf(rendered(c.view), CanvasPalette::selection()) > 0);
}

void TestOverview::changesRepaintTheCachedOverview()
{
    // The window's own paint path: the view caches its background, where the
    // overview is drawn, so each change must invalidate its area.
    Canvas c(0.1);
    QVERIFY(QTest::qWaitForWindowExposed(&c.view));
    auto grab = [&] { return c.view.viewport()->grab().toImage(); };
    const QColor selection = CanvasPalette::selection();
    const QColor down = StateColors::color(TargetState::Down);
    QCOMPARE(pixelsOf(grab(), selection), 0);
    QVERIFY(c.scene.isOverview());

    SiteItem *siteA = c.scene.siteItem(kSiteA);
    siteA->setSelected(true);
    QVERIFY(pixelsOf(grab(), selection) > 0);
    siteA->setSelected(false);
    QCOMPARE(pixelsOf(grab(), selection), 0);

    c.scene.setLinkMonitorState(kLink, TargetState::Down);
    QVERIFY(pixelsOf(grab(), down) > 0);
    c.scene.setLinkMonitorState(kLink, TargetState::Unknown);
    QCOMPARE(pixelsOf(grab(), down), 0);

    // A selected site moved (as a drag does): drawn at the new place, not the old.
    siteA->setSelected(true);
    auto around = [&](const QPointF &scenePos) {
        return QRect(c.view.mapFromScene(scenePos) - QPoint(20, 20), QSize(40, 40));
    };
    const QPointF before = siteA->pos();
    const QPointF after = before + QPointF(0, 1500);
    QVERIFY(pixelsOf(grab(), selection, around(before)) > 0);
    siteA->setPos(after);
    const QImage moved = grab();
    QCOMPARE(pixelsOf(moved, selection, around(before)), 0);
    QVERIFY(pixelsOf(moved, selection, around(after)) > 0);
    // Its link follows: the IPsec colour between the hub and the new place.
    const QPointF linkMiddle = (c.scene.siteItem(kHq)->pos() + after) / 2;
    QVERIFY(pixelsOf(moved, CanvasPalette::linkColor(Transport::Ipsec), around(linkMiddle)) > 0);
}

void TestOverview::structuralChangesRepaintTheCachedOverview()
{
    // Sites added, moved (as undo does, through the document) and removed
    // while the view shows the overview from its cached background.
    Canvas c(0.1);
    QVERIFY(QTest::qWaitForWindowExposed(&c.view));
    auto grab = [&] { return c.view.viewport()->grab().toImage(); };
    auto around = [&](const QPointF &scenePos) {
        return QRect(c.view.mapFromScene(scenePos) - QPoint(15, 8), QSize(30, 16));
    };
    const QColor fill = CanvasPalette::platformColor(Platform::Pfsense).lighter(150);
    const QPointF first(0, 1500);
    const QPointF second(1500, -1500);
    QCOMPARE(pixelsOf(grab(), fill), 0);
    QVERIFY(c.scene.isOverview());

    Site branch;
    branch.id = QStringLiteral("branch");
    branch.role = SiteRole::Gateway;
    branch.platform = Platform::Pfsense;
    c.document.insertSite(int(c.document.topology().sites.size()), branch, first);
    QVERIFY(c.scene.siteItem(branch.id));
    QVERIFY(pixelsOf(grab(), fill, around(first)) > 0);

    c.document.setSitePosition(branch.id, second);
    const QImage moved = grab();
    QCOMPARE(pixelsOf(moved, fill, around(first)), 0);
    QVERIFY(pixelsOf(moved, fill, around(second)) > 0);

    c.document.removeSite(branch.id);
    QCOMPARE(pixelsOf(grab(), fill), 0);
}

void TestOverview::itemsStaySelectableAtOverview()
{
    Canvas c(0.1);
    rendered(c.view); // enters the overview
    QVERIFY(c.scene.isOverview());
    const QPointF siteA = c.scene.siteItem(kSiteA)->pos();
    QCOMPARE(c.scene.itemAt(siteA, c.view.transform()), c.scene.siteItem(kSiteA));
    QPainterPath band;
    band.addRect(QRectF(-400, -200, 1000, 400)); // both sites, as a rubber band
    c.scene.setSelectionArea(band, Qt::ReplaceSelection, Qt::IntersectsItemShape);
    QVERIFY(c.scene.selection().sites.contains(kHq));
    QVERIFY(c.scene.selection().sites.contains(kSiteA));
    QVERIFY(c.scene.selection().links.contains(kLink));
}

// A full frame at overview zoom draws the scene's shapes, made again only
// after a change: a zoom walked every item (20,000+ at 10,000 sites) per frame.
void TestOverview::framesReuseTheShapes()
{
    Canvas c(0.1);
    QVERIFY(QTest::qWaitForWindowExposed(&c.view));
    auto grab = [&] { return c.view.viewport()->grab().toImage(); };
    const QColor hub = CanvasPalette::platformColor(Platform::LinuxStrongswan);
    QVERIFY(pixelsOf(grab(), hub) > 0);
    const int builds = c.scene.overviewBuilds();
    QVERIFY(builds >= 1);
    for (const qreal factor : {1.2, 1 / 1.2, 1.2}) {
        c.view.zoomBy(factor);
        QVERIFY(pixelsOf(grab(), hub) > 0);
    }
    QCOMPARE(c.scene.overviewBuilds(), builds);

    // A site moved through the document: made again, drawn at its new place.
    auto around = [&](const QPointF &scenePos) {
        return QRect(c.view.mapFromScene(scenePos) - QPoint(10, 5), QSize(20, 10));
    };
    const QPointF before = c.scene.siteItem(kHq)->pos();
    const QPointF after = before + QPointF(-1200, 900);
    c.document.setSitePosition(kHq, after);
    c.view.zoomBy(1 / 1.2); // a full frame
    const QImage moved = grab();
    QCOMPARE(c.scene.overviewBuilds(), builds + 1);
    QCOMPARE(pixelsOf(moved, hub, around(before)), 0);
    QVERIFY(pixelsOf(moved, hub, around(after)) > 0);
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
