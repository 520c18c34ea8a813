#pragma once

#include "core/model/profile.h"
#include "ui/canvas/detaillevel.h"
#include "ui/canvas/findingmark.h"
#include "ui/canvas/itemtypes.h"

#include <QGraphicsItem>

// A remote-access profile: a chip under its hub's card (a child item, so it
// moves with the hub), showing the id, the tunnel mode and the users. The
// hub's links leave from outside its chips (SiteItem::extentRect). A profile
// with a backup hub has a second chip under that hub's card, dashed, saying
// whose backup it is (`backup`: hubId() is then the backup hub).
class ProfileItem final : public QGraphicsItem
{
public:
    enum { Type = ItemTypes::Profile };

    explicit ProfileItem(const Profile &profile, bool backup = false);
    int type() const override { return Type; }

    const QString &profileId() const { return m_id; }
    const QString &hubId() const { return m_hub; }
    bool isBackup() const { return m_backup; }
    void setProfile(const Profile &profile);
    void setMark(const FindingMark &mark);

    // The chip, and how the overview draws it (DetailLevel): a plain block
    // with a cosmetic border in the selection or finding colour.
    QRectF chipRect() const;
    DetailLevel::Outline overviewOutline(bool selected) const;
    static QColor overviewFill();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    static constexpr qreal kHeight = 24;
    static constexpr qreal kTop = 8; // between the card and the first chip
    static constexpr qreal kGap = 6; // between chips
    // How far a stack of `count` chips reaches below its hub's card.
    static constexpr qreal stackHeight(int count)
    {
        return count > 0 ? kTop + count * kHeight + (count - 1) * kGap : 0;
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void changed(); // update(), or the overview's repaint (DetailLevel)

    QString m_id;
    QString m_hub;
    bool m_backup = false;
    QString m_text;
    FindingMark m_mark;
};
