#pragma once

#include "core/model/site.h"
#include "core/monitor/targetstate.h"
#include "ui/canvas/detaillevel.h"
#include "ui/canvas/findingmark.h"
#include "ui/canvas/itemtypes.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>

class LinkItem;

// A site on the canvas: a card with an icon by role and platform, the name,
// the public address and the LAN prefixes (plus the client pool on a hub).
// Painting is cached; moving it updates only its own links.
class SiteItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(SiteItem)

public:
    enum { Type = ItemTypes::Site };

    explicit SiteItem(const Site &site);
    int type() const override { return Type; }

    const QString &siteId() const { return m_id; }
    void setSite(const Site &site);
    void setMark(const FindingMark &mark);
    const FindingMark &mark() const { return m_mark; }
    // The monitor's state, drawn as a coloured outline (none for Unknown).
    void setMonitorState(TargetState state);
    TargetState monitorState() const { return m_monitorState; }
    bool isHub() const { return m_hub; }
    QRectF cardRect() const { return m_card; }
    // The card and its profile chips (TopologyScene::arrangeProfiles): what
    // a link leaves from and a link label stays out of (LinkItem).
    QRectF extentRect() const { return m_extent; }
    void setChipArea(const QRectF &area); // empty: no chips; updates the links

    // How the overview draws the card (DetailLevel): a block in the platform
    // colour (lighter for gateways) with a cosmetic border that shows the
    // selection, else the worst finding, else the monitor state.
    QColor overviewFill() const { return m_overviewFill; }
    DetailLevel::Outline overviewOutline(bool selected) const;

    void addLink(LinkItem *link);
    void removeLink(LinkItem *link);
    const QList<LinkItem *> &links() const { return m_links; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    static constexpr qreal kWidth = 210;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintIcon(QPainter *painter, const QRectF &r) const;
    void paintOverview(QPainter *painter, bool selected) const;
    void changed(); // update(), or the overview's repaint (DetailLevel)
    bool updateExtent(); // from the card and the chip area; true when it changed
    void updateToolTip();

    QString m_id;
    QString m_name;
    QString m_address;
    QStringList m_lines; // LANs, pool
    bool m_hub = false;
    Platform m_platform = Platform::LinuxStrongswan;
    QColor m_overviewFill;
    FindingMark m_mark;
    TargetState m_monitorState = TargetState::Unknown;
    QRectF m_card;
    QRectF m_chipArea;
    QRectF m_extent;
    QList<LinkItem *> m_links;
};
