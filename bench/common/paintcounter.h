#pragma once

#include <QEvent>
#include <QObject>

// Counts the paint events a widget receives (install as its event filter):
// the benches wait until the view has painted before they stop the clock.
class PaintCounter final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};
