#include "ui/canvas/overviewbatches.h"

#include <QPainter>

#include <algorithm>

void OverviewBatches::addLine(const DetailLevel::Outline &outline, const QLineF &line)
{
    of(outline, 0).lines.append(line);
}

void OverviewBatches::addRect(const DetailLevel::Outline &outline, QRgb fill, const QRectF &rect)
{
    of(outline, fill).rects.append(rect);
}

OverviewBatches::Batch &OverviewBatches::of(const DetailLevel::Outline &outline, QRgb fill)
{
    const QRgb rgb = outline.color.rgba();
    for (Batch &b : m_batches) {
        if (b.outline == rgb && b.width == outline.width && b.fill == fill)
            return b;
    }
    m_batches.append(Batch{rgb, outline.width, fill, {}, {}});
    return m_batches.last();
}

void OverviewBatches::draw(QPainter *painter, qreal pixel) const
{
    QList<const Batch *> order;
    for (const Batch &b : m_batches)
        order.append(&b);
    std::stable_sort(order.begin(), order.end(),
                     [](const Batch *a, const Batch *b) { return a->width < b->width; });
    for (const Batch *batch : std::as_const(order)) {
        const Batch &b = *batch;
        if (b.width > 1) {
            drawWide(painter, b, pixel);
            continue;
        }
        painter->setPen(DetailLevel::Outline{QColor::fromRgba(b.outline), 1}.pen());
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

void OverviewBatches::drawWide(QPainter *painter, const Batch &b, qreal pixel)
{
    // A cosmetic pen wider than a pixel goes through QPainter's general
    // stroker, slow for thousands of shapes (every item has a monitor state
    // while monitoring): a wide line is `width` adjacent hairlines, a wide
    // outline a filled rectangle under the filled inside.
    const QColor outline = QColor::fromRgba(b.outline);
    if (!b.lines.isEmpty()) {
        QList<QLineF> hairlines;
        hairlines.reserve(b.lines.size() * b.width);
        for (int k = 0; k < b.width; ++k) {
            const qreal d = (k - (b.width - 1) / 2.0) * pixel;
            for (const QLineF &line : b.lines) {
                const bool flat = qAbs(line.dx()) >= qAbs(line.dy());
                hairlines.append(line.translated(flat ? QPointF(0, d) : QPointF(d, 0)));
            }
        }
        painter->setPen(DetailLevel::Outline{outline, 1}.pen());
        painter->drawLines(hairlines.constData(), int(hairlines.size()));
    }
    if (b.rects.isEmpty())
        return;
    const qreal half = b.width * pixel / 2;
    QList<QRectF> outer;
    QList<QRectF> inner;
    outer.reserve(b.rects.size());
    for (const QRectF &r : b.rects) {
        outer.append(r.adjusted(-half, -half, half, half));
        const QRectF in = r.adjusted(half, half, -half, -half);
        if (b.fill && in.width() > 0 && in.height() > 0)
            inner.append(in);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(outline);
    painter->drawRects(outer.constData(), int(outer.size()));
    if (!inner.isEmpty()) {
        painter->setBrush(QColor::fromRgba(b.fill));
        painter->drawRects(inner.constData(), int(inner.size()));
    }
}
