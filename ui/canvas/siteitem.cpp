#include "ui/canvas/siteitem.h"

#include "ui/canvas/canvaspalette.h"
#include "ui/canvas/detaillevel.h"
#include "ui/canvas/linkitem.h"
#include "ui/monitor/statecolors.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

constexpr qreal kHeader = 46;
constexpr qreal kLine = 17;
constexpr qreal kPad = 10;

} // namespace

SiteItem::SiteItem(const Site &site)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
    setSite(site);
}

void SiteItem::setSite(const Site &site)
{
    changed(); // the old card
    prepareGeometryChange();
    m_id = site.id;
    m_name = site.name.isEmpty() ? site.id : site.name;
    m_address = site.publicAddress.isEmpty() ? tr("no public address") : site.publicAddress;
    m_hub = site.isHub();
    m_platform = site.platform;
    const QColor accent = CanvasPalette::platformColor(m_platform);
    m_overviewFill = m_hub ? accent : accent.lighter(150);
    m_lines.clear();
    for (const Ipv4Prefix &p : site.lans)
        m_lines << tr("LAN %1").arg(p.toString());
    if (site.remoteAccess)
        m_lines << tr("Pool %1 · %2")
                       .arg(site.remoteAccess->pool.toString(),
                            site.remoteAccess->localAddress.toString());
    const qreal h = kHeader + kPad / 2 + kLine * qMax<qsizetype>(1, m_lines.size()) + kPad / 2;
    m_card = QRectF(-kWidth / 2, -kHeader / 2, kWidth, h);
    updateExtent();
    updateToolTip();
    changed();
    for (LinkItem *link : std::as_const(m_links))
        link->updatePosition();
}

void SiteItem::setChipArea(const QRectF &area)
{
    m_chipArea = area;
    if (!updateExtent())
        return;
    for (LinkItem *link : std::as_const(m_links))
        link->updatePosition();
}

bool SiteItem::updateExtent()
{
    const QRectF extent = m_chipArea.isEmpty() ? m_card : m_card | m_chipArea;
    if (extent == m_extent)
        return false;
    m_extent = extent;
    return true;
}

void SiteItem::setMark(const FindingMark &mark)
{
    if (mark == m_mark)
        return;
    m_mark = mark;
    updateToolTip();
    changed();
}

void SiteItem::setMonitorState(TargetState state)
{
    if (state == m_monitorState)
        return;
    m_monitorState = state;
    updateToolTip();
    changed();
}

void SiteItem::changed()
{
    update();
    DetailLevel::changed(this);
}

void SiteItem::updateToolTip()
{
    QString tip = QStringLiteral("<b>%1</b> (%2)<br>%3")
                      .arg(m_name.toHtmlEscaped(), m_id.toHtmlEscaped(),
                           (m_hub ? tr("Hub: L2TP/IPsec server") : tr("Gateway")));
    if (m_monitorState != TargetState::Unknown)
        tip += QStringLiteral("<br>") + tr("Monitor: %1").arg(StateColors::label(m_monitorState));
    for (const QString &m : m_mark.messages)
        tip += QStringLiteral("<br>• ") + m.toHtmlEscaped();
    setToolTip(tip);
}

void SiteItem::addLink(LinkItem *link) { m_links.append(link); }

void SiteItem::removeLink(LinkItem *link) { m_links.removeAll(link); }

QRectF SiteItem::boundingRect() const { return m_card.adjusted(-4, -10, 10, 4); }

QPainterPath SiteItem::shape() const
{
    QPainterPath p;
    p.addRoundedRect(m_card, 8, 8);
    return p;
}

void SiteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    if (DetailLevel::isOverview(painter)) {
        paintOverview(painter, selected);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_monitorState != TargetState::Unknown) {
        painter->setPen(QPen(StateColors::color(m_monitorState), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_card.adjusted(-2, -2, 2, 2), 10, 10);
    }
    painter->setPen(QPen(selected ? CanvasPalette::selection() : CanvasPalette::cardBorder(),
                         selected ? 2.5 : 1));
    painter->setBrush(CanvasPalette::cardFill());
    painter->drawRoundedRect(m_card, 8, 8);

    // Header band in the platform colour, lighter for gateways.
    const QColor accent = CanvasPalette::platformColor(m_platform);
    QRectF band(m_card.left(), m_card.top(), 6, m_card.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    QPainterPath clip;
    clip.addRoundedRect(m_card, 8, 8);
    painter->save();
    painter->setClipPath(clip);
    painter->drawRect(band);
    painter->restore();

    const QRectF icon(m_card.left() + 15, m_card.top() + 6, 30, 28);
    paintIcon(painter, icon);

    QFont font = painter->font();
    font.setPixelSize(13);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(CanvasPalette::text());
    const qreal tx = icon.right() + 8;
    const qreal tw = m_card.right() - tx - kPad;
    painter->drawText(QRectF(tx, m_card.top() + 6, tw, 18), Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(m_name, Qt::ElideRight, int(tw)));
    font.setBold(false);
    font.setPixelSize(11);
    painter->setFont(font);
    painter->setPen(CanvasPalette::secondaryText());
    painter->drawText(QRectF(tx, m_card.top() + 24, tw, 16), Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(m_address, Qt::ElideMiddle, int(tw)));

    painter->setPen(QPen(CanvasPalette::cardBorder(), 1));
    const qreal sepY = m_card.top() + kHeader;
    painter->drawLine(QPointF(m_card.left() + 6, sepY), QPointF(m_card.right(), sepY));
    painter->setPen(CanvasPalette::text());
    qreal y = sepY + kPad / 2;
    if (m_lines.isEmpty()) {
        painter->setPen(CanvasPalette::secondaryText());
        painter->drawText(QRectF(m_card.left() + 14, y, m_card.width() - 20, kLine),
                          Qt::AlignLeft | Qt::AlignVCenter, tr("no LANs"));
    }
    for (const QString &line : m_lines) {
        painter->drawText(QRectF(m_card.left() + 14, y, m_card.width() - 20, kLine),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += kLine;
    }

    if (m_mark.worst) {
        const QRectF badge(m_card.right() - 9, m_card.top() - 9, 18, 18);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(CanvasPalette::severityColor(*m_mark.worst));
        painter->drawEllipse(badge);
        font.setBold(true);
        font.setPixelSize(12);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter,
                          *m_mark.worst == Finding::Severity::Info ? QStringLiteral("i")
                                                                   : QStringLiteral("!"));
    }
}

DetailLevel::Outline SiteItem::overviewOutline(bool selected) const
{
    if (selected)
        return {CanvasPalette::selection(), 3};
    if (m_mark.worst)
        return {CanvasPalette::severityColor(*m_mark.worst), 3};
    if (m_monitorState != TargetState::Unknown)
        return {StateColors::color(m_monitorState), 3};
    return {CanvasPalette::cardBorder(), 1};
}

void SiteItem::paintOverview(QPainter *painter, bool selected) const
{
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(overviewOutline(selected).pen());
    painter->setBrush(m_overviewFill);
    painter->drawRect(m_card);
}

void SiteItem::paintIcon(QPainter *painter, const QRectF &r) const
{
    const QColor accent = CanvasPalette::platformColor(m_platform);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    if (m_hub) {
        // A server: three stacked units.
        const qreal h = r.height() / 3 - 2;
        for (int i = 0; i < 3; ++i) {
            const QRectF unit(r.left() + 2, r.top() + i * (h + 3), r.width() - 4, h);
            painter->setBrush(accent);
            painter->drawRoundedRect(unit, 2, 2);
            painter->setBrush(Qt::white);
            painter->drawEllipse(QPointF(unit.right() - 5, unit.center().y()), 1.6, 1.6);
        }
    } else {
        // A router: a disc with crossing arrows.
        painter->drawEllipse(r.adjusted(1, 4, -1, -4));
        painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
        const QPointF c = r.center();
        painter->drawLine(c + QPointF(-9, 0), c + QPointF(9, 0));
        painter->drawLine(c + QPointF(5, -4), c + QPointF(9, 0));
        painter->drawLine(c + QPointF(5, 4), c + QPointF(9, 0));
        painter->drawLine(c + QPointF(-5, -4), c + QPointF(-9, 0));
        painter->drawLine(c + QPointF(-5, 4), c + QPointF(-9, 0));
    }
    QFont font = painter->font();
    font.setPixelSize(8);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(CanvasPalette::secondaryText());
    painter->drawText(QRectF(r.left() - 6, r.bottom() - 1, r.width() + 12, 10), Qt::AlignCenter,
                      CanvasPalette::platformBadge(m_platform));
}

QVariant SiteItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    switch (change) {
    case ItemPositionChange: // the overview repaints where the card was ...
        DetailLevel::changed(this);
        break;
    case ItemPositionHasChanged: // ... and where it is now
        DetailLevel::changed(this);
        for (LinkItem *link : std::as_const(m_links))
            link->updatePosition();
        break;
    case ItemSelectedHasChanged:
        DetailLevel::changed(this);
        break;
    default:
        break;
    }
    return QGraphicsItem::itemChange(change, value);
}
