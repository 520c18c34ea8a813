#include "ui/canvas/overviewpainter.h"

#include "ui/canvas/linkitem.h"
#include "ui/canvas/profileitem.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

// Below this share of the scene's area the exposed rectangle is looked up in
// the scene's index; above it, the scene's shapes of all items are drawn
// (the index's sorted answer of nearly every item costs more; bench/editor).
constexpr qreal kIndexShare = 0.25;

struct Found
{
    QList<const LinkItem *> links;
    QList<const SiteItem *> sites;
    QList<const ProfileItem *> profiles;
};

Found itemsIn(const QRectF &exposed, const TopologyScene &scene)
{
    Found out;
    const QList<QGraphicsItem *> items =
        scene.items(exposed, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
    for (const QGraphicsItem *item : items) {
        if (const auto *link = qgraphicsitem_cast<const LinkItem *>(item))
            out.links.append(link);
        else if (const auto *site = qgraphicsitem_cast<const SiteItem *>(item))
            out.sites.append(site);
        else if (const auto *profile = qgraphicsitem_cast<const ProfileItem *>(item))
            out.profiles.append(profile);
    }
    return out;
}

// The shapes of these items that meet `exposed` (all of them when it is null).
template <typename Links, typename Sites, typename Profiles>
OverviewPainter::Shapes shapes(const Links &links, const Sites &sites, const Profiles &profiles,
                               const QRectF &exposed)
{
    const auto meets = [&exposed](const QRectF &r) {
        return exposed.isNull() || r.intersects(exposed);
    };
    OverviewPainter::Shapes out;
    for (const LinkItem *link : links) {
        if (!link->isVisible())
            continue;
        const QLineF line = link->sceneLine();
        if (line.isNull()) // its ends meet: nothing to see
            continue;
        // A vertical or horizontal line has an empty rectangle: grow it.
        if (meets(QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1)))
            out.links.addLine(link->overviewOutline(link->isSelected()), line);
    }
    for (const SiteItem *site : sites) {
        const QRectF card = site->cardRect().translated(site->pos());
        if (site->isVisible() && meets(card))
            out.cards.addRect(site->overviewOutline(site->isSelected()),
                              site->overviewFill().rgba(), card);
    }
    const QRgb chipFill = ProfileItem::overviewFill().rgba();
    for (const ProfileItem *profile : profiles) {
        if (!profile->isVisible() || !profile->parentItem())
            continue;
        const QRectF chip = profile->chipRect().translated(profile->scenePos());
        if (meets(chip))
            out.cards.addRect(profile->overviewOutline(profile->isSelected()), chipFill, chip);
    }
    return out;
}

void draw(QPainter *painter, const OverviewPainter::Shapes &shapes)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const qreal pixel =
        1 / QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    shapes.links.draw(painter, pixel);
    shapes.cards.draw(painter, pixel);
    painter->restore();
}

} // namespace

OverviewPainter::Shapes OverviewPainter::shapesOf(const TopologyScene &scene)
{
    return shapes(scene.linkItems(), scene.siteItems(), scene.profileItems(), QRectF());
}

void OverviewPainter::paint(QPainter *painter, const QRectF &exposed, const TopologyScene &scene)
{
    const QRectF all = scene.sceneRect();
    if (exposed.width() * exposed.height() >= kIndexShare * all.width() * all.height()) {
        draw(painter, scene.overviewShapes());
        return;
    }
    const Found found = itemsIn(exposed, scene);
    draw(painter, shapes(found.links, found.sites, found.profiles, exposed));
}
