#pragma once

#include <QPainter>
#include <QStyleOptionGraphicsItem>

// Below this scale a card's text is a few pixels high and unreadable: items
// draw a plain shape in their colours instead (cheap to paint, and cheap to
// re-render when a zoom invalidates the item caches). See bench/editor.
namespace DetailLevel {

constexpr qreal kOverview = 0.35;

inline bool isOverview(const QPainter *painter)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform())
           < kOverview;
}

} // namespace DetailLevel
