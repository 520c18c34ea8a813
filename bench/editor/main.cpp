// Times the editor canvas on generated topologies of N sites (default: 1,000
// and 5,000): hubs with client pools and a profile each, gateways that dial
// their hub over L2TP, IPsec links between neighbouring gateways. Measures
// open + first draw (TopologyScene + TopologyView, fitted, rendered into a
// QImage), then the median cost of one pan, zoom and drag frame at overview
// zoom (fit), at 40 % and at 100 %, two ways:
// - render: the event plus QGraphicsView::render() of the whole view into a
//   QImage (what the numbers in docs/editor.md have always been);
// - repaint: the event, then the event loop until the viewport has painted
//   what the event changed: the app's own frame (its paint path, the
//   deferred scene updates; a pan repaints only the strip that scrolled in).
// Usage: bench-editor [SITES[,SITES...]] [FRAMES] [--layout]; runs offscreen
// unless QT_QPA_PLATFORM says otherwise. Results: docs/editor.md ("Scale").
// With --window: the whole editor window instead (bench/editor/windowbench.h;
// docs/performance.md), e.g. under Xvfb with QT_QPA_PLATFORM=xcb.
#include "bench/common/benchsupport.h"
#include "bench/common/benchtopology.h"
#include "bench/common/framecost.h"
#include "bench/editor/windowbench.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"
#include "ui/canvas/topologyview.h"
#include "ui/document/topologydocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdlib>
#include <functional>

namespace {

using FrameCost::Draw;

// Median milliseconds of `frames` runs of step() followed by a full draw.
double frameCost(TopologyView &view, QImage &image, Draw draw, int frames,
                 const std::function<void(int)> &step)
{
    return Bench::median(FrameCost::sample(view, image, draw, frames, step));
}

void mouse(QWidget *w, QEvent::Type type, QPoint at, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, at, w->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

// Presses the left button on `item`. At overview zoom a card is a pixel or
// two and the view maps the press from whole pixels: tries those around it.
bool pressOn(QGraphicsView &view, QGraphicsItem *item)
{
    const QPoint centre = view.mapFromScene(item->scenePos());
    for (int dy = -2; dy <= 2; ++dy) {
        for (int dx = -2; dx <= 2; ++dx) {
            const QPoint at = centre + QPoint(dx, dy);
            mouse(view.viewport(), QEvent::MouseButtonPress, at, Qt::LeftButton);
            if (view.scene()->mouseGrabberItem() == item)
                return true;
            mouse(view.viewport(), QEvent::MouseButtonRelease, at, Qt::NoButton);
        }
    }
    return false;
}

void runCase(int sites, int frames, bool withLayout, QTextStream &out)
{
    Topology topology = BenchTopology::generate(sites);
    if (withLayout) {
        // Positions as a saved file has them (the automatic layout, stored).
        TopologyDocument tmp;
        tmp.reset(topology);
        TopologyScene s(&tmp);
        for (const Site &site : topology.sites)
            topology.layout.insert(site.id, s.sitePosition(site.id));
    }
    out << "sites " << topology.sites.size() << ", links " << topology.links.size()
        << ", profiles " << topology.profiles.size() << ", positions "
        << (withLayout ? "from the file" : "automatic") << Qt::endl;

    // Open + first draw: the window's order (scene exists, document resets, view fits, paints).
    QElapsedTimer timer;
    timer.start();
    TopologyDocument document;
    TopologyScene scene(&document);
    TopologyView view;
    view.setScene(&scene);
    view.resize(1600, 1000);
    view.show();
    QApplication::processEvents(); // exposed: repaint() paints
    document.reset(topology);
    view.fitAll();
    QImage image(view.size() * view.devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(view.devicePixelRatio());
    {
        QPainter painter(&image);
        view.render(&painter);
    }
    const double openMs = timer.nsecsElapsed() / 1e6;
    out << QStringLiteral("open + first draw: %1 ms (zoom %2)")
               .arg(openMs, 0, 'f', 1)
               .arg(view.zoom(), 0, 'f', 3)
        << Qt::endl;

    QScrollBar *h = view.horizontalScrollBar();
    QScrollBar *v = view.verticalScrollBar();
    SiteItem *hub = scene.siteItem(QStringLiteral("hub-0"));
    // Overview (fit), the zoom just above the overview drawing, 100 %.
    for (const qreal level : {0.0, 0.4, 1.0}) {
        if (level == 0.0) {
            view.fitAll();
        } else {
            view.resetZoom();
            view.zoomBy(level);
            view.centerOn(hub);
        }
        const QString label = level == 0.0 ? QStringLiteral("fit")
                                           : QStringLiteral("%1%").arg(level * 100, 0, 'f', 0);
        const qreal startZoom = view.zoom();
        for (const Draw draw : {Draw::Render, Draw::Repaint}) {
            const double pan = frameCost(view, image, draw, frames, [&](int i) {
                const int d = (i % 2 ? -1 : 1) * 40;
                h->setValue(h->value() + d);
                v->setValue(v->value() + d / 2);
            });
            const double zoom = frameCost(view, image, draw, frames, [&](int i) {
                view.zoomBy(i % 2 ? 1 / 1.2 : 1.2);
            });
            // A real drag of the hub (most links): press on its card (centred: the
            // zoom frames, anchored under the mouse, may have scrolled it away),
            // move, release at the end.
            view.centerOn(hub);
            const QPointF hubPos = hub->pos();
            if (!pressOn(view, hub)) {
                QTextStream(stderr) << "the drag missed the hub" << Qt::endl;
                std::exit(1);
            }
            const QPoint start = view.mapFromScene(hub->scenePos());
            QPoint at = start;
            const double drag = frameCost(view, image, draw, frames, [&](int i) {
                at += QPoint(i % 2 ? -9 : 9, i % 2 ? 4 : -4);
                mouse(view.viewport(), QEvent::MouseMove, at, Qt::LeftButton);
            });
            mouse(view.viewport(), QEvent::MouseButtonRelease, at, Qt::NoButton);
            // Back where it was (not timed; a pixel is 140 scene units at the
            // overview), so the next press finds it alone.
            hub->setPos(hubPos);
            out << QStringLiteral("%1 (zoom %2), %3: pan %4 ms, zoom %5 ms, drag %6 ms per "
                                  "frame (median of %7)")
                       .arg(label)
                       .arg(startZoom, 0, 'f', 3)
                       .arg(draw == Draw::Render ? QStringLiteral("render")
                                                 : QStringLiteral("repaint"))
                       .arg(pan, 0, 'f', 2)
                       .arg(zoom, 0, 'f', 2)
                       .arg(drag, 0, 'f', 2)
                       .arg(frames)
                << Qt::endl;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    Bench::offscreenUnlessSet();
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool withLayout = args.removeAll(QStringLiteral("--layout")) > 0;
    const bool window = args.removeAll(QStringLiteral("--window")) > 0;
    if (window)
        QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
    const QList<int> sizes = Bench::intList(args.value(0, QStringLiteral("1000,5000")));
    const int frames = args.value(1, QStringLiteral("31")).toInt();
    QTextStream out(stdout);
    for (const int sites : std::as_const(sizes)) {
        if (sites < 1 || frames < 1) {
            QTextStream(stderr) << "usage: bench-editor [SITES[,SITES...]] [FRAMES] [--layout|--window]"
                                << Qt::endl;
            return 2;
        }
        if (window)
            WindowBench::run(sites, frames, out);
        else
            runCase(sites, frames, withLayout, out);
    }
    return 0;
}
