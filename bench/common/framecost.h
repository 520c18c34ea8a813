#pragma once

#include "bench/common/paintcounter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QImage>
#include <QList>
#include <QPainter>

#include <functional>

// How one frame is timed: step() plus QGraphicsView::render() of the whole
// view into an image, or step() and then the event loop until the viewport has
// painted what it changed (the app's own frame).
namespace FrameCost {

enum class Draw { Render, Repaint };

// Milliseconds of each of `frames` runs of step(i) and its frame.
inline QList<double> sample(QGraphicsView &view, QImage &image, Draw draw, int frames,
                            const std::function<void(int)> &step)
{
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    QList<double> ms;
    for (int i = 0; i < frames; ++i) {
        QApplication::processEvents(); // nothing left over from the last frame
        counter.paints = 0;
        QElapsedTimer timer;
        timer.start();
        step(i);
        if (draw == Draw::Render) {
            QPainter painter(&image);
            view.render(&painter);
        } else {
            // Updates travel through queued calls (scene, view, window): a
            // few rounds of the loop, never a wait.
            for (int round = 0; round < 8 && counter.paints == 0; ++round)
                QApplication::processEvents();
        }
        ms << timer.nsecsElapsed() / 1e6;
    }
    view.viewport()->removeEventFilter(&counter);
    return ms;
}

} // namespace FrameCost
