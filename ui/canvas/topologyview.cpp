#include "ui/canvas/topologyview.h"

#include "ui/canvas/detaillevel.h"
#include "ui/canvas/overviewpainter.h"
#include "ui/canvas/topologyscene.h"

#include <QContextMenuEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

namespace {

constexpr qreal kMinZoom = 0.05;
// How far below the whole-scene scale one can still zoom out (about four
// wheel steps).
constexpr qreal kRoomBelowScene = 2.0;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kGrid = 40;

} // namespace

TopologyView::TopologyView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setCacheMode(CacheBackground);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Topology canvas"));
    setToolTip(QString());
}

void TopologyView::zoomBy(qreal factor)
{
    // A zoom already outside the limits (the window grew, a fit) may stay
    // there, but a step never moves the other way.
    const qreal target =
        qBound(qMin(minimumZoom(), zoom()), zoom() * factor, qMax(kMaxZoom, zoom()));
    if (qFuzzyCompare(target, zoom()))
        return;
    const qreal f = target / zoom();
    scale(f, f);
    Q_EMIT zoomChanged(zoom());
}

qreal TopologyView::minimumZoom() const
{
    const QRectF whole = scene() ? sceneRect() : QRectF();
    const QRect port = viewport()->rect();
    if (whole.isEmpty() || port.isEmpty())
        return kMinZoom;
    const qreal sceneScale = qMin(port.width() / whole.width(), port.height() / whole.height());
    return qMin(kMinZoom, sceneScale / kRoomBelowScene);
}

void TopologyView::resetZoom()
{
    setTransform(QTransform());
    Q_EMIT zoomChanged(zoom());
}

void TopologyView::fitAll()
{
    if (!scene())
        return;
    QRectF r = scene()->itemsBoundingRect();
    if (r.isEmpty())
        return;
    r.adjust(-40, -40, 40, 40);
    fitInView(r, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        resetZoom();
    centerOn(r.center());
    Q_EMIT zoomChanged(zoom());
}

void TopologyView::requestFit()
{
    m_fitPending = !isVisible();
    if (!m_fitPending)
        fitAll();
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending && isVisible()) {
        m_fitPending = false;
        fitAll();
    }
}

void TopologyView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending) {
        m_fitPending = false;
        fitAll();
    }
}

void TopologyView::centerOnRect(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (rect.width() > visible.width() || rect.height() > visible.height()) {
        fitInView(rect.adjusted(-60, -60, 60, 60), Qt::KeepAspectRatio);
        Q_EMIT zoomChanged(zoom());
    }
    centerOn(rect.center());
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scroll
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (!qFuzzyIsNull(steps))
        zoomBy(qPow(1.2, steps));
    event->accept();
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spacePan && event->button() == Qt::LeftButton)) {
        m_middlePan = event->button() == Qt::MiddleButton;
        setDragMode(ScrollHandDrag);
        // ScrollHandDrag pans on the left button: hand it a left press.
        QMouseEvent press(event->type(), event->position(), event->globalPosition(),
                          Qt::LeftButton, Qt::LeftButton, event->modifiers());
        QGraphicsView::mousePressEvent(&press);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (dragMode() == ScrollHandDrag
        && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        QMouseEvent release(event->type(), event->position(), event->globalPosition(),
                            Qt::LeftButton, Qt::NoButton, event->modifiers());
        QGraphicsView::mouseReleaseEvent(&release);
        m_middlePan = false;
        if (!m_spacePan)
            setDragMode(RubberBandDrag);
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spacePan = true;
        setDragMode(ScrollHandDrag);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spacePan = false;
        if (!m_middlePan)
            setDragMode(RubberBandDrag);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT contextMenuRequested(event->globalPos(), mapToScene(event->pos()));
}

void TopologyView::syncOverview(bool overview)
{
    if (auto *topology = qobject_cast<TopologyScene *>(scene()))
        topology->setOverview(overview);
}

void TopologyView::paintEvent(QPaintEvent *event)
{
    // Before the items are drawn: with a cached background, drawBackground()
    // runs only where the cache is invalid.
    syncOverview(DetailLevel::isOverview(viewportTransform()));
    QGraphicsView::paintEvent(event);
}

void TopologyView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    // render() draws the background before the items too, at its own scale.
    const bool overview = DetailLevel::isOverview(painter);
    syncOverview(overview);
    if (overview) {
        if (auto *topology = qobject_cast<TopologyScene *>(scene()))
            OverviewPainter::paint(painter, rect, *topology);
    }
    if (zoom() < 0.45)
        return; // too dense to help; and no per-frame work at overview zoom
    painter->setPen(QPen(QColor(0xd5, 0xdb, 0xe3), 0));
    const qreal left = qFloor(rect.left() / kGrid) * kGrid;
    const qreal top = qFloor(rect.top() / kGrid) * kGrid;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += kGrid) {
        for (qreal y = top; y < rect.bottom(); y += kGrid)
            dots.append(QPointF(x, y));
    }
    painter->drawPoints(dots.data(), int(dots.size()));
}
