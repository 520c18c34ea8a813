#include "ui/canvas/overviewpainter.h"

#include "ui/canvas/linkitem.h"
#include "ui/canvas/profileitem.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"

#include <QPainter>

#include <algorithm>

namespace {

// The shapes drawn with one pen and brush. A scene has few of them (four
// platform colours, a handful of border kinds), so a linear search wins.
struct Batch
{
    QRgb pen;
    int width;
    QRgb fill; // 0: no brush
    QList<QRectF> rects;
    QList<QLineF> lines;
};

class Batches
{
public:
    Batch &of(const DetailLevel::Outline &outline, QRgb fill = 0)
    {
        const QRgb rgb = outline.color.rgba();
        const int width = outline.width;
        for (Batch &b : m_batches) {
            if (b.pen == rgb && b.width == width && b.fill == fill)
                return b;
        }
        m_batches.append(Batch{rgb, width, fill, {}, {}});
        return m_batches.last();
    }

    // Thin outlines first: a selected or marked border is drawn over its
    // neighbours, never under them.
    void draw(QPainter *painter)
    {
        std::stable_sort(m_batches.begin(), m_batches.end(),
                         [](const Batch &a, const Batch &b) { return a.width < b.width; });
        for (const Batch &b : std::as_const(m_batches)) {
            painter->setPen(DetailLevel::Outline{QColor::fromRgba(b.pen), b.width}.pen());
            if (b.fill)
                painter->setBrush(QColor::fromRgba(b.fill));
            else
                painter->setBrush(Qt::NoBrush);
            if (!b.lines.isEmpty())
                painter->drawLines(b.lines.constData(), int(b.lines.size()));
            if (!b.rects.isEmpty())
                painter->drawRects(b.rects.constData(), int(b.rects.size()));
        }
    }

private:
    QList<Batch> m_batches;
};

} // namespace

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

    Batches links;
    for (const LinkItem *link : found.links) {
        if (!link->isVisible())
            continue;
        const QLineF line = link->sceneLine();
        // A vertical or horizontal line has an empty rectangle: grow it.
        const QRectF area = QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1);
        if (area.intersects(exposed))
            links.of(link->overviewOutline(link->isSelected())).lines.append(line);
    }
    links.draw(painter);

    Batches cards;
    for (const SiteItem *site : found.sites) {
        const QRectF card = site->cardRect().translated(site->pos());
        if (site->isVisible() && card.intersects(exposed))
            cards.of(site->overviewOutline(site->isSelected()), site->overviewFill().rgba())
                .rects.append(card);
    }
    const QRgb chipFill = ProfileItem::overviewFill().rgba();
    for (const ProfileItem *profile : found.profiles) {
        if (!profile->isVisible() || !profile->parentItem())
            continue;
        const QRectF chip = profile->chipRect().translated(profile->scenePos());
        if (chip.intersects(exposed))
            cards.of(profile->overviewOutline(profile->isSelected()), chipFill).rects.append(chip);
    }
    cards.draw(painter);

    painter->restore();
}
