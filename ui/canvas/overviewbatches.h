#pragma once

#include "ui/canvas/detaillevel.h"

#include <QLineF>
#include <QList>
#include <QRectF>
#include <QRgb>

class QPainter;

// The overview's shapes grouped by outline and fill, drawn with a few
// QPainter calls per group (OverviewPainter). A scene has few groups (four
// platform colours, a handful of outline kinds), so a linear search finds
// them.
class OverviewBatches final
{
public:
    void addLine(const DetailLevel::Outline &outline, const QLineF &line);
    void addRect(const DetailLevel::Outline &outline, QRgb fill, const QRectF &rect);

    // Thin outlines first: a selected, marked or monitored one is drawn over
    // its neighbours, never under them. `pixel` is one device pixel in the
    // painter's units.
    void draw(QPainter *painter, qreal pixel) const;

private:
    struct Batch
    {
        QRgb outline;
        int width;
        QRgb fill; // 0: none
        QList<QRectF> rects;
        QList<QLineF> lines;
    };

    Batch &of(const DetailLevel::Outline &outline, QRgb fill);
    static void drawWide(QPainter *painter, const Batch &batch, qreal pixel);

    QList<Batch> m_batches;
};
