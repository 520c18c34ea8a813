#pragma once

#include "core/model/link.h"
#include "core/monitor/targetstate.h"
#include "ui/canvas/detaillevel.h"
#include "ui/canvas/findingmark.h"
#include "ui/canvas/itemtypes.h"

#include <QGraphicsItem>

class SiteItem;

// A link between two site cards, labelled with its transport and IKE
// version. It holds its two ends and follows them (updatePosition). The
// line is drawn only between the ends' extents (card and profile chips,
// SiteItem::extentRect), and the label sits on that visible segment clear of
// both extents; when the ends are too close for that, the label is not drawn.
class LinkItem final : public QGraphicsItem
{
public:
    enum { Type = ItemTypes::Link };

    LinkItem(const Link &link, SiteItem *from, SiteItem *to);
    ~LinkItem() override;
    int type() const override { return Type; }

    const QString &linkId() const { return m_id; }
    void setLink(const Link &link, SiteItem *from, SiteItem *to);
    void setMark(const FindingMark &mark);
    // The monitor's state, drawn as the line's colour (as before for Unknown).
    void setMonitorState(TargetState state);
    TargetState monitorState() const { return m_monitorState; }
    void updatePosition();
    void detach(); // forget the ends (they are going away)

    // How the overview draws the link (DetailLevel): a cosmetic hairline in
    // the selection, monitor, finding or transport colour, thicker when it
    // says something; no label, no dashes.
    // The visible segment (a point when the ends' extents meet).
    QLineF sceneLine() const { return m_line.translated(pos()); }
    // Where the label is drawn; a null rectangle when it is not.
    QRectF sceneLabelRect() const;
    DetailLevel::Outline overviewOutline(bool selected) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    // Links between the same two sites (a primary and its backup) are drawn
    // side by side, kLaneSpacing apart, in id order; a single link in the middle.
    static constexpr qreal kLaneSpacing = 18;
    // This link's offset from the line between the centres (0 for a single one).
    qreal laneOffset() const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    // The links between a and b, by id; scans the end with fewer links (a
    // gateway, not the hub of a fleet).
    static QList<LinkItem *> between(const SiteItem *a, const SiteItem *b);
    static void relane(const SiteItem *a, const SiteItem *b, const LinkItem *except);
    void attach(SiteItem *from, SiteItem *to);
    void changed(); // update(), or the overview's repaint (DetailLevel)
    QColor lineColor(bool selected) const;
    QRectF labelRect() const;
    void updateBounds(); // after the line or the label changed
    static QFont labelFont();

    QString m_id;
    QString m_label;
    Transport m_transport = Transport::Ipsec;
    bool m_backup = false; // drawn with long dashes (docs/failover.md)
    SiteItem *m_from = nullptr;
    SiteItem *m_to = nullptr;
    qreal m_labelWidth = 0;
    QLineF m_span; // centre to centre
    QLineF m_line; // the visible segment
    QPointF m_labelCentre;
    bool m_labelShown = false;
    QRectF m_bounds;
    FindingMark m_mark;
    TargetState m_monitorState = TargetState::Unknown;
    QString m_toolTip;
};
