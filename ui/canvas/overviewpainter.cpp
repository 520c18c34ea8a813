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

void OverviewPainter::paint(QPainter *painter, const QRectF &exposed, const TopologyScene &scene)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);

    Batches links;
    for (const LinkItem *link : scene.linkItems()) {
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
    for (const SiteItem *site : scene.siteItems()) {
        const QRectF card = site->cardRect().translated(site->pos());
        if (site->isVisible() && card.intersects(exposed))
            cards.of(site->overviewOutline(site->isSelected()), site->overviewFill().rgba())
                .rects.append(card);
    }
    const QRgb chipFill = ProfileItem::overviewFill().rgba();
    for (const ProfileItem *profile : scene.profileItems()) {
        if (!profile->isVisible() || !profile->parentItem())
            continue;
        const QRectF chip = profile->chipRect().translated(profile->scenePos());
        if (chip.intersects(exposed))
            cards.of(profile->overviewOutline(profile->isSelected()), chipFill).rects.append(chip);
    }
    cards.draw(painter);

    painter->restore();
}
