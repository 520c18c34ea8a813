#include "ui/canvas/profileitem.h"

#include "ui/canvas/canvaspalette.h"
#include "ui/canvas/detaillevel.h"
#include "ui/canvas/siteitem.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

const QColor kBorder(0x93, 0xa3, 0xb8); // a chip's border without a finding

} // namespace

ProfileItem::ProfileItem(const Profile &profile, bool backup) : m_backup(backup)
{
    setFlags(ItemIsSelectable);
    setCacheMode(DeviceCoordinateCache);
    setProfile(profile);
}

void ProfileItem::setProfile(const Profile &profile)
{
    m_id = profile.id;
    m_hub = m_backup ? profile.backupHub : profile.hub;
    const QString mode = profile.tunnel == TunnelMode::Split
                             ? QCoreApplication::translate("ProfileItem", "split")
                             : QCoreApplication::translate("ProfileItem", "full");
    m_text = m_backup ? QCoreApplication::translate("ProfileItem", "%1 · backup for %2")
                            .arg(profile.id, profile.hub)
                      : QCoreApplication::translate("ProfileItem", "%1 · %2 · %n user(s)", nullptr,
                                                    int(profile.users.size()))
                            .arg(profile.id, mode);
    QStringList routes;
    for (const Ipv4Prefix &p : profile.routes)
        routes << p.toString();
    QString tip = QCoreApplication::translate("ProfileItem", "Profile %1 on %2\nUsers: %3\nRoutes: %4")
                      .arg(profile.id, profile.hub, profile.users.join(QStringLiteral(", ")),
                           routes.isEmpty() ? QCoreApplication::translate("ProfileItem",
                                                                          "every LAN behind the hub")
                                            : routes.join(QStringLiteral(", ")));
    if (!profile.backupHub.isEmpty()) {
        tip += u'\n' + QCoreApplication::translate("ProfileItem",
                                                   "Backup hub: %1 (clients try it when %2 does not answer)")
                           .arg(profile.backupHub, profile.hub);
    }
    setToolTip(tip);
    changed();
}

void ProfileItem::setMark(const FindingMark &mark)
{
    if (mark == m_mark)
        return;
    m_mark = mark;
    changed();
}

void ProfileItem::changed()
{
    update();
    DetailLevel::changed(this);
}

QVariant ProfileItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged || change == ItemVisibleHasChanged)
        DetailLevel::changed(this, sceneBoundingRect());
    return QGraphicsItem::itemChange(change, value);
}

QRectF ProfileItem::chipRect() const { return QRectF(0, 0, SiteItem::kWidth - 24, kHeight); }

QRectF ProfileItem::boundingRect() const { return chipRect().adjusted(-2, -2, 2, 2); }

QColor ProfileItem::overviewFill() { return QColor(0xee, 0xf2, 0xff); }

DetailLevel::Outline ProfileItem::overviewOutline(bool selected) const
{
    if (selected)
        return {CanvasPalette::selection(), 2};
    if (m_mark.worst)
        return {CanvasPalette::severityColor(*m_mark.worst), 2};
    return {kBorder, 1};
}

void ProfileItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const QRectF r = chipRect();
    if (DetailLevel::isOverview(painter)) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(overviewOutline(selected).pen());
        painter->setBrush(overviewFill());
        painter->drawRect(r);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor border = m_mark.worst ? CanvasPalette::severityColor(*m_mark.worst)
                                       : kBorder;
    painter->setPen(QPen(selected ? CanvasPalette::selection() : border, selected ? 2 : 1,
                         m_backup ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(overviewFill());
    painter->drawRoundedRect(r, kHeight / 2, kHeight / 2);
    // A person glyph.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x4f, 0x46, 0xe5));
    painter->drawEllipse(QPointF(14, 8.5), 3.5, 3.5);
    painter->drawPie(QRectF(7.5, 12.5, 13, 12), 0, 180 * 16);
    QFont font = painter->font();
    font.setPixelSize(11);
    painter->setFont(font);
    painter->setPen(CanvasPalette::text());
    const QRectF text = r.adjusted(26, 0, -8, 0);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(m_text, Qt::ElideRight,
                                                        int(text.width())));
}
