#pragma once

#include "ui/canvas/overviewbatches.h"

#include <QRectF>

class QPainter;
class TopologyScene;

// Draws a whole TopologyScene at overview zoom (DetailLevel) in a few batched
// calls: every link as a hairline, every site as a block, every profile chip,
// grouped by pen and fill, so a frame costs a handful of QPainter calls
// instead of one item paint (with its state changes) per object. The
// colours and widths are the items' own (overviewOutline(), overviewFill()), so
// the selection, findings and monitor states show as the items would draw
// them. A small `exposed` area (scene coordinates) draws the items the scene's
// index finds there; a large one the scene's shapes of all items
// (TopologyScene::overviewShapes, made again only after a change), so a zoom
// frame walks no item.
class OverviewPainter final
{
public:
    struct Shapes
    {
        OverviewBatches links;
        OverviewBatches cards; // sites and profile chips, drawn over the links
    };

    static void paint(QPainter *painter, const QRectF &exposed, const TopologyScene &scene);
    // The shapes of every item of the scene.
    static Shapes shapesOf(const TopologyScene &scene);
};
