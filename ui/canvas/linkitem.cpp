#include "ui/canvas/linkitem.h"

#include "ui/canvas/canvaspalette.h"
#include "ui/canvas/detaillevel.h"
#include "ui/canvas/siteitem.h"
#include "ui/monitor/statecolors.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

QString labelFor(const Link &link)
{
    const QString transport = link.transport == Transport::L2tp
                                  ? QCoreApplication::translate("LinkItem", "L2TP/IPsec")
                                  : QCoreApplication::translate("LinkItem", "IPsec");
    const QString ike = link.ike == IkeVersion::Ikev1 ? QStringLiteral("IKEv1")
                                                      : QStringLiteral("IKEv2");
    return transport + QStringLiteral(" · ") + ike;
}

} // namespace

LinkItem::LinkItem(const Link &link, SiteItem *from, SiteItem *to)
{
    setFlags(ItemIsSelectable);
    // No item cache: a long diagonal link would cache a pixmap the size of its
    // bounding box, re-rendered on every move of either end and blended in full
    // on every frame (bench/editor); a line and a label paint faster.
    setCacheMode(NoCache);
    setZValue(0);
    setLink(link, from, to);
}

LinkItem::~LinkItem() { detach(); }

void LinkItem::setLink(const Link &link, SiteItem *from, SiteItem *to)
{
    changed(); // the old line
    m_id = link.id;
    m_label = labelFor(link);
    m_transport = link.transport;
    prepareGeometryChange();
    m_labelWidth = QFontMetricsF(labelFont()).horizontalAdvance(m_label);
    updateBounds();
    m_toolTip = QCoreApplication::translate("LinkItem", "%1: %2 → %3, %4")
                    .arg(link.id, link.from, link.to, m_label);
    setMonitorState(m_monitorState);
    if (from != m_from || to != m_to) {
        detach();
        attach(from, to);
    }
    updatePosition();
    changed();
}

void LinkItem::attach(SiteItem *from, SiteItem *to)
{
    m_from = from;
    m_to = to;
    if (m_from)
        m_from->addLink(this);
    if (m_to && m_to != m_from)
        m_to->addLink(this);
}

void LinkItem::detach()
{
    if (m_from)
        m_from->removeLink(this);
    if (m_to)
        m_to->removeLink(this);
    m_from = m_to = nullptr;
}

void LinkItem::setMark(const FindingMark &mark)
{
    if (mark == m_mark)
        return;
    m_mark = mark;
    changed();
}

void LinkItem::setMonitorState(TargetState state)
{
    const bool differs = state != m_monitorState;
    m_monitorState = state;
    setToolTip(state == TargetState::Unknown
                   ? m_toolTip
                   : QCoreApplication::translate("LinkItem", "%1\nMonitor: %2")
                         .arg(m_toolTip, StateColors::label(state)));
    if (differs)
        changed();
}

void LinkItem::changed()
{
    update();
    DetailLevel::changed(this);
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged || change == ItemVisibleHasChanged)
        DetailLevel::changed(this, sceneBoundingRect());
    return QGraphicsItem::itemChange(change, value);
}

void LinkItem::updatePosition()
{
    // Position at the midpoint, geometry local to it: a move changes the
    // item's pos and its line only.
    const QPointF a = m_from ? m_from->pos() : QPointF();
    const QPointF b = m_to ? m_to->pos() : a;
    const QPointF mid = (a + b) / 2;
    const QLineF line(a - mid, b - mid);
    if (line == m_line && mid == pos())
        return;
    DetailLevel::changed(this, sceneBoundingRect()); // where it was ...
    if (line != m_line) {
        prepareGeometryChange();
        m_line = line;
        updateBounds();
    }
    setPos(mid);
    DetailLevel::changed(this, sceneBoundingRect()); // ... and where it is now
}

QFont LinkItem::labelFont()
{
    QFont font;
    font.setPixelSize(11);
    return font;
}

QRectF LinkItem::labelRect() const
{
    const qreal w = 16 + m_labelWidth;
    return QRectF(-w / 2, -10, w, 20);
}

void LinkItem::updateBounds()
{
    // Kept, not computed per call: the index and every paint ask for it.
    m_bounds = QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-4, -4, 4, 4)
               | labelRect().adjusted(-2, -2, 2, 2);
}

QRectF LinkItem::boundingRect() const { return m_bounds; }

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath s = stroker.createStroke(path);
    s.addRect(labelRect());
    return s;
}

QColor LinkItem::lineColor(bool selected) const
{
    if (selected)
        return CanvasPalette::selection();
    if (m_monitorState != TargetState::Unknown)
        return StateColors::color(m_monitorState);
    if (m_mark.worst)
        return CanvasPalette::severityColor(*m_mark.worst);
    return CanvasPalette::linkColor(m_transport);
}

DetailLevel::Outline LinkItem::overviewOutline(bool selected) const
{
    return {lineColor(selected),
            selected || m_monitorState != TargetState::Unknown || m_mark.worst ? 2 : 1};
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    if (DetailLevel::isOverview(painter)) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(overviewOutline(selected).pen());
        painter->drawLine(m_line);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color = selected ? CanvasPalette::selection() : CanvasPalette::linkColor(m_transport);
    if (m_mark.worst && !selected)
        color = CanvasPalette::severityColor(*m_mark.worst);
    const bool monitored = m_monitorState != TargetState::Unknown && !selected;
    const QColor lineColor = monitored ? StateColors::color(m_monitorState) : color;
    QPen pen(lineColor, selected || monitored ? 3 : 2);
    if (m_transport == Transport::L2tp)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawLine(m_line);

    const QRectF label = labelRect();
    painter->setPen(QPen(color, 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(label, 9, 9);
    painter->setFont(labelFont());
    painter->setPen(CanvasPalette::text());
    painter->drawText(label, Qt::AlignCenter, m_label);
}
