#include "ui/canvas/linkitem.h"

#include "ui/canvas/canvaspalette.h"
#include "ui/canvas/detaillevel.h"
#include "ui/canvas/siteitem.h"
#include "ui/monitor/statecolors.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <limits>

namespace {

QString labelFor(const Link &link)
{
    const QString transport = link.transport == Transport::L2tp
                                  ? QCoreApplication::translate("LinkItem", "L2TP/IPsec")
                                  : QCoreApplication::translate("LinkItem", "IPsec");
    const QString ike = link.ike == IkeVersion::Ikev1 ? QStringLiteral("IKEv1")
                                                      : QStringLiteral("IKEv2");
    const QString label = transport + QStringLiteral(" · ") + ike;
    return link.isBackup() ? label + QStringLiteral(" · ") + QCoreApplication::translate("LinkItem", "backup")
                           : label;
}

// Where the ray from `p` (inside `rect`) in direction `d` leaves `rect`, as a
// multiple of `d`: infinite for a zero `d`.
qreal exitAlong(const QRectF &rect, const QPointF &p, const QPointF &d)
{
    qreal t = std::numeric_limits<qreal>::infinity();
    if (d.x() > 0)
        t = qMin(t, (rect.right() - p.x()) / d.x());
    else if (d.x() < 0)
        t = qMin(t, (rect.left() - p.x()) / d.x());
    if (d.y() > 0)
        t = qMin(t, (rect.bottom() - p.y()) / d.y());
    else if (d.y() < 0)
        t = qMin(t, (rect.top() - p.y()) / d.y());
    return t;
}

struct Geometry
{
    QLineF line;
    QPointF labelCentre;
    bool labelShown = false;
};

// The line between the centres of `a` and `b` (extents in scene
// coordinates, each containing its centre) clipped to the part outside both;
// the label, of half size `half`, at the middle of that part, moved along it
// until it is clear of both extents.
Geometry geometryBetween(const QPointF &a, const QRectF &extentA, const QPointF &b,
                         const QRectF &extentB, const QSizeF &half)
{
    Geometry g;
    const QPointF d = b - a;
    const qreal enterA = qMax<qreal>(0, exitAlong(extentA, a, d));
    const qreal enterB = 1 - qMax<qreal>(0, exitAlong(extentB, b, -d));
    if (!(enterA < enterB)) { // the extents meet: no visible line
        g.line = QLineF((a + b) / 2, (a + b) / 2);
        return g;
    }
    g.line = QLineF(a + enterA * d, a + enterB * d);
    const QMarginsF grow(half.width(), half.height(), half.width(), half.height());
    const qreal clearA = exitAlong(extentA.marginsAdded(grow), a, d);
    const qreal clearB = 1 - exitAlong(extentB.marginsAdded(grow), b, -d);
    if (clearA <= clearB) {
        g.labelCentre = a + qBound(clearA, (enterA + enterB) / 2, clearB) * d;
        g.labelShown = true;
    }
    return g;
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
    m_backup = link.isBackup();
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

QList<LinkItem *> LinkItem::between(const SiteItem *a, const SiteItem *b)
{
    QList<LinkItem *> out;
    if (!a || !b || a == b)
        return out;
    const SiteItem *scan = a->links().size() <= b->links().size() ? a : b;
    const SiteItem *other = scan == a ? b : a;
    for (LinkItem *l : scan->links()) {
        if ((l->m_from == scan && l->m_to == other) || (l->m_to == scan && l->m_from == other))
            out.append(l);
    }
    std::sort(out.begin(), out.end(),
              [](const LinkItem *x, const LinkItem *y) { return x->m_id < y->m_id; });
    return out;
}

void LinkItem::relane(const SiteItem *a, const SiteItem *b, const LinkItem *except)
{
    for (LinkItem *l : between(a, b)) {
        if (l != except)
            l->updatePosition();
    }
}

qreal LinkItem::laneOffset() const
{
    const QList<LinkItem *> lanes = between(m_from, m_to);
    const int i = int(lanes.indexOf(const_cast<LinkItem *>(this)));
    if (lanes.size() < 2 || i < 0)
        return 0;
    return (i - (lanes.size() - 1) / 2.0) * kLaneSpacing;
}

void LinkItem::attach(SiteItem *from, SiteItem *to)
{
    m_from = from;
    m_to = to;
    if (m_from)
        m_from->addLink(this);
    if (m_to && m_to != m_from)
        m_to->addLink(this);
    relane(m_from, m_to, this);
}

void LinkItem::detach()
{
    SiteItem *from = m_from;
    SiteItem *to = m_to;
    if (m_from)
        m_from->removeLink(this);
    if (m_to)
        m_to->removeLink(this);
    m_from = m_to = nullptr;
    relane(from, to, this);
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
    // item's pos, its line and its label only.
    const QPointF a = m_from ? m_from->pos() : QPointF();
    const QPointF b = m_to ? m_to->pos() : a;
    const QRectF extentA = m_from ? m_from->extentRect().translated(a) : QRectF(a, a);
    const QRectF extentB = m_to ? m_to->extentRect().translated(b) : QRectF(b, b);
    const QRectF label = labelRect();
    // Two pixels of air between the label and a card or chip.
    const QSizeF half(label.width() / 2 + 2, label.height() / 2 + 2);
    const Geometry g = geometryBetween(a, extentA, b, extentB, half);
    const QPointF mid = (a + b) / 2;
    const QLineF span(a - mid, b - mid);
    // Side by side with the other links between these two sites: shifted
    // along the normal of the line, the same way whichever end is `from`.
    // Their labels move apart along the line too, so they never overlap.
    QPointF shift;
    QPointF along;
    if (const qreal offset = laneOffset(); offset != 0 && span.length() > 0) {
        const bool forward = !m_from || !m_to || m_from->siteId() < m_to->siteId();
        const QLineF unit = (forward ? span : QLineF(span.p2(), span.p1())).unitVector();
        const QPointF d = unit.p2() - unit.p1();
        shift = QPointF(-d.y(), d.x()) * offset;
        along = d * (offset / kLaneSpacing) * (label.height() + 6);
    }
    const QLineF line = g.line.translated(-mid + shift);
    const QPointF labelCentre = g.labelCentre - mid + shift + along;
    if (span == m_span && line == m_line && labelCentre == m_labelCentre
        && g.labelShown == m_labelShown && mid == pos())
        return;
    DetailLevel::changed(this, sceneBoundingRect()); // where it was ...
    prepareGeometryChange();
    m_span = span;
    m_line = line;
    m_labelCentre = labelCentre;
    m_labelShown = g.labelShown;
    updateBounds();
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
    return QRectF(m_labelCentre.x() - w / 2, m_labelCentre.y() - 10, w, 20);
}

QRectF LinkItem::sceneLabelRect() const
{
    return m_labelShown ? labelRect().translated(pos()) : QRectF();
}

void LinkItem::updateBounds()
{
    // Kept, not computed per call: the index and every paint ask for it.
    // From centre to centre, not just the visible segment: bounds of the
    // segment alone measured slower (bench/editor, 1,000 sites, 100 % drag
    // repaint 3.6 -> 4.8 ms), likely because a dragged hub's link rectangles
    // then no longer overlap at its card and the repaint region breaks up.
    m_bounds = QRectF(m_span.p1(), m_span.p2()).normalized().adjusted(-4, -4, 4, 4);
    if (m_labelShown)
        m_bounds |= labelRect().adjusted(-2, -2, 2, 2);
}

QRectF LinkItem::boundingRect() const { return m_bounds; }

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath s = stroker.createStroke(path);
    if (m_labelShown)
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
        if (!m_line.isNull())
            painter->drawLine(m_line);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color = selected ? CanvasPalette::selection() : CanvasPalette::linkColor(m_transport);
    if (m_mark.worst && !selected)
        color = CanvasPalette::severityColor(*m_mark.worst);
    const bool monitored = m_monitorState != TargetState::Unknown && !selected;
    QPen pen(lineColor(selected), selected || monitored ? 3 : 2);
    if (m_backup)
        pen.setDashPattern({8, 4}); // long dashes: a backup path (L2TP has short ones)
    else if (m_transport == Transport::L2tp)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    if (!m_line.isNull())
        painter->drawLine(m_line);
    if (!m_labelShown)
        return;

    const QRectF label = labelRect();
    painter->setPen(QPen(color, 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(label, 9, 9);
    painter->setFont(labelFont());
    painter->setPen(CanvasPalette::text());
    painter->drawText(label, Qt::AlignCenter, m_label);
}
