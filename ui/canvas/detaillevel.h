#pragma once

#include <QColor>
#include <QPainter>
#include <QPen>
#include <QStyleOptionGraphicsItem>

class QGraphicsItem;

// Below this scale a card's text is a few pixels high and unreadable: items
// draw a plain shape in their colours instead (cheap to paint, and cheap to
// re-render when a zoom invalidates the item caches). A TopologyView at such
// a zoom goes further: the items get ItemHasNoContents (Qt skips them when
// painting; they stay selectable and hit-testable) and the view draws them
// all in a few batched calls (OverviewPainter). See bench/editor.
namespace DetailLevel {

constexpr qreal kOverview = 0.35;

// An item's outline at overview zoom: a cosmetic (device pixel) width.
struct Outline
{
    QColor color;
    int width = 1;

    QPen pen() const
    {
        QPen p(color, width);
        p.setCosmetic(true);
        return p;
    }
};

inline bool isOverview(const QTransform &transform)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(transform) < kOverview;
}

inline bool isOverview(const QPainter *painter) { return isOverview(painter->worldTransform()); }

// What an item shows changed (selection, mark, monitor state, position) and
// the view draws it (the item has no contents): repaints `sceneRect`, grown
// by the width of the overview's outlines, in the scene's views. Does
// nothing otherwise: the item's own update() does it.
void changed(const QGraphicsItem *item, const QRectF &sceneRect);
// The same for the item's current area, its children included.
void changed(const QGraphicsItem *item);

} // namespace DetailLevel
