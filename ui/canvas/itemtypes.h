#pragma once

#include <QGraphicsItem>

// QGraphicsItem::type() values of the canvas items (qgraphicsitem_cast).
namespace ItemTypes {

constexpr int Site = QGraphicsItem::UserType + 1;
constexpr int Link = QGraphicsItem::UserType + 2;
constexpr int Profile = QGraphicsItem::UserType + 3;

} // namespace ItemTypes
