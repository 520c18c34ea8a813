#pragma once

#include <QRectF>

class QPainter;
class TopologyScene;

// Draws a whole TopologyScene at overview zoom (DetailLevel) in a few batched
// calls: every link as a hairline, every site as a block, every profile chip,
// grouped by pen and fill, so a frame costs a handful of QPainter calls
// instead of one item paint (with its state changes) per object. The
// colours and widths are the items' own (overviewOutline(), overviewFill()), so
// the selection, findings and monitor states show as the items would draw
// them. Items outside `exposed` (scene coordinates) are skipped.
class OverviewPainter final
{
public:
    static void paint(QPainter *painter, const QRectF &exposed, const TopologyScene &scene);
};
