#include "ui/canvas/overviewpainter.h"

#include "ui/canvas/linkitem.h"
#include "ui/canvas/overviewbatches.h"
#include "ui/canvas/profileitem.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

// Below this share of the scene's area the exposed rectangle is looked up in
// the scene's index; above it, walking the lists is cheaper than the index's
// sorted answer of nearly every item (bench/editor).
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
    const QRectF all = scene.sceneRect();
    if (exposed.width() * exposed.height() >= kIndexShare * all.width() * all.height()) {
        for (const LinkItem *link : scene.linkItems())
            out.links.append(link);
        for (const SiteItem *site : scene.siteItems())
            out.sites.append(site);
        for (const ProfileItem *profile : scene.profileItems())
            out.profiles.append(profile);
        return out;
    }
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

} // namespace

void OverviewPainter::paint(QPainter *painter, const QRectF &exposed, const TopologyScene &scene)
{
    const Found found = itemsIn(exposed, scene);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);

    const qreal pixel =
        1 / QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());

    OverviewBatches links;
    for (const LinkItem *link : found.links) {
        if (!link->isVisible())
            continue;
        const QLineF line = link->sceneLine();
        if (line.isNull()) // its ends meet: nothing to see
            continue;
        // A vertical or horizontal line has an empty rectangle: grow it.
        const QRectF area = QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1);
        if (area.intersects(exposed))
            links.addLine(link->overviewOutline(link->isSelected()), line);
    }
    links.draw(painter, pixel);

    OverviewBatches cards;
    for (const SiteItem *site : found.sites) {
        const QRectF card = site->cardRect().translated(site->pos());
        if (site->isVisible() && card.intersects(exposed))
            cards.addRect(site->overviewOutline(site->isSelected()), site->overviewFill().rgba(),
                          card);
    }
    const QRgb chipFill = ProfileItem::overviewFill().rgba();
    for (const ProfileItem *profile : found.profiles) {
        if (!profile->isVisible() || !profile->parentItem())
            continue;
        const QRectF chip = profile->chipRect().translated(profile->scenePos());
        if (chip.intersects(exposed))
            cards.addRect(profile->overviewOutline(profile->isSelected()), chipFill, chip);
    }
    cards.draw(painter, pixel);

    painter->restore();
}
