#include "ui/canvas/detaillevel.h"

#include "ui/canvas/topologyscene.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>

namespace DetailLevel {

void changed(const QGraphicsItem *item, const QRectF &sceneRect)
{
    QGraphicsScene *scene = item->scene();
    if (!scene || !(item->flags() & QGraphicsItem::ItemHasNoContents))
        return;
    if (auto *topology = qobject_cast<TopologyScene *>(scene))
        topology->overviewChanged(); // its shapes are made again for the next full frame
    if (sceneRect.isNull())
        return;
    // Outlines are cosmetic (up to 3 device pixels): a few pixels at the
    // views' scale, in scene units.
    qreal margin = 0;
    const QList<QGraphicsView *> views = scene->views();
    for (const QGraphicsView *view : views) {
        const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(view->transform());
        if (lod > 0)
            margin = qMax(margin, 4 / lod);
    }
    scene->invalidate(sceneRect.adjusted(-margin, -margin, margin, margin),
                      QGraphicsScene::BackgroundLayer);
}

void changed(const QGraphicsItem *item)
{
    if (item->flags() & QGraphicsItem::ItemHasNoContents)
        changed(item, item->mapRectToScene(item->boundingRect() | item->childrenBoundingRect()));
}

} // namespace DetailLevel
