#include "bench/editor/windowbench.h"

#include "bench/common/benchsupport.h"
#include "bench/common/benchtopology.h"
#include "bench/common/framecost.h"
#include "core/io/exampletopology.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"
#include "ui/canvas/topologyview.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/editor/editorsession.h"
#include "ui/files/recentfiles.h"
#include "ui/findings/findingscontroller.h"
#include "ui/mainwindow/editordocks.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/secrets/secretsstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdlib>

namespace {

// VmRSS and VmHWM (peak) of this process in MB, from /proc (Linux); -1 elsewhere.
QPair<double, double> residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {-1, -1};
    const QString text = QString::fromLatin1(status.readAll());
    const auto kb = [&text](const char *key) {
        const QRegularExpression re(QStringLiteral("^%1:\\s+(\\d+) kB").arg(QLatin1String(key)),
                                    QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = re.match(text);
        return m.hasMatch() ? m.captured(1).toDouble() / 1024 : -1.0;
    };
    return {kb("VmRSS"), kb("VmHWM")};
}

// The event loop until `done` or `limitMs`; milliseconds since `timer` started.
// It sleeps between events as a window's loop does (a 1 ms timer wakes it to
// look at `done`): polling without a pause kept one of the two cores busy,
// competing with the workers it was waiting for.
double until(const QElapsedTimer &timer, const std::function<bool()> &done, int limitMs = 60000)
{
    QTimer wake;
    wake.start(1);
    while (!done() && timer.elapsed() < limitMs)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return timer.nsecsElapsed() / 1e6;
}

[[noreturn]] void fail(const QString &why)
{
    QTextStream(stderr) << "bench-editor --window: " << why << Qt::endl;
    std::exit(1);
}

} // namespace

namespace WindowBench {

void run(int sites, int frames, QTextStream &out)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.topology.json"));
    {
        EditorSession writer;
        const Topology t = BenchTopology::generate(sites);
        writer.load(t, QString(), true);
        writer.secrets()->reset(ExampleTopology::freshSecrets(t));
        QString error;
        if (!writer.save(file, &error))
            fail(error);
    }
    out << "window: " << sites << " sites, file " << QFile(file).size() << " bytes" << Qt::endl;

    EditorSession session;
    RecentFiles recent;
    MainWindow window(&session, &recent);
    window.resize(1600, 1000);
    window.show();
    TopologyView &view = *window.view();
    PaintCounter paints;
    view.viewport()->installEventFilter(&paints);
    QElapsedTimer timer;
    timer.start();
    until(timer, [] { return false; }, 500); // shown, exposed, idle
    const auto [rssEmpty, peakEmpty] = residentMb();
    Q_UNUSED(peakEmpty);

    // Open (what File > Open does after its dialog) to the canvas's first paint.
    paints.paints = 0;
    timer.restart();
    QString error;
    if (!session.open(file, &error))
        fail(error);
    const double opened = timer.nsecsElapsed() / 1e6;
    const double painted = until(timer, [&] { return paints.paints > 0; });
    out << QStringLiteral("open: document in %1 ms, first paint at %2 ms (zoom %3)")
               .arg(opened, 0, 'f', 1)
               .arg(painted, 0, 'f', 1)
               .arg(view.zoom(), 0, 'f', 3)
        << Qt::endl;
    FindingsController *findings = window.docks()->findings();
    const double firstFindings = until(timer, [&] { return !findings->isPending(); });
    out << QStringLiteral("open: findings at %1 ms (%2 findings)")
               .arg(firstFindings, 0, 'f', 1)
               .arg(findings->findings().size())
        << Qt::endl;

    // Edits of a gateway in view, at the overview and at 100 %: to the canvas's
    // paint, and to the findings that follow them.
    const QString id = QStringLiteral("gw-%1").arg(qMax(0, sites / 2 - BenchTopology::kSitesPerHub));
    if (!session.document()->topology().site(id))
        fail(QStringLiteral("no site ") + id);
    int findingsRounds = 0;
    QObject::connect(findings, &FindingsController::findingsChanged, &window,
                     [&findingsRounds] { ++findingsRounds; });
    const QList<QPair<QString, std::function<void(int)>>> edits{
        {QStringLiteral("move"),
         [&](int i) {
             session.edits()->nudgeSites({id}, QPointF(i % 2 ? -20 : 20, 0),
                                         [&](const QString &s) {
                                             return window.scene()->sitePosition(s);
                                         });
         }},
        {QStringLiteral("rename"),
         [&](int i) {
             Site s = *session.document()->topology().site(id);
             s.name = QStringLiteral("Branch renamed %1").arg(i);
             session.edits()->editSite(id, s);
         }},
        {QStringLiteral("LAN change"),
         [&](int i) {
             Site s = *session.document()->topology().site(id);
             s.lans = {Ipv4Prefix(Ipv4Address(0x0b000000u | quint32(i % 200) << 8), 24)};
             session.edits()->editSite(id, s);
         }},
    };
    for (const qreal level : {0.0, 1.0}) {
        if (level == 0.0) {
            view.fitAll();
        } else {
            view.resetZoom();
            view.centerOn(window.scene()->siteItem(id));
        }
        until(timer, [] { return false; }, int(timer.elapsed()) + 300);
        for (const auto &[name, edit] : edits) {
            QList<double> paint, found;
            for (int i = 0; i < 5; ++i) {
                until(timer, [&] { return !findings->isPending(); });
                paints.paints = 0;
                const int rounds = findingsRounds;
                QElapsedTimer t;
                t.start();
                edit(i);
                // An edit that starts no validation (a move) leaves the findings
                // current: they are there when the edit returns.
                const bool validates = findings->isPending();
                const double returned = t.nsecsElapsed() / 1e6;
                paint << until(t, [&] { return paints.paints > 0; });
                found << (validates ? until(t, [&] {
                    return findingsRounds > rounds && !findings->isPending();
                })
                                    : returned);
            }
            out << QStringLiteral("%1 at %2: visible after %3 ms, findings after %4 ms (median of 5)")
                       .arg(name, level == 0.0 ? QStringLiteral("fit") : QStringLiteral("100%"))
                       .arg(Bench::median(paint), 0, 'f', 1)
                       .arg(Bench::median(found), 0, 'f', 1)
                << Qt::endl;
        }
    }

    // Pan and zoom frames in the window, at the overview and at 100 %.
    QImage image(view.size() * view.devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(view.devicePixelRatio());
    QScrollBar *h = view.horizontalScrollBar();
    QScrollBar *v = view.verticalScrollBar();
    for (const qreal level : {0.0, 1.0}) {
        if (level == 0.0) {
            view.fitAll();
        } else {
            view.resetZoom();
            view.centerOn(window.scene()->siteItem(QStringLiteral("hub-0")));
        }
        const QString label = level == 0.0 ? QStringLiteral("fit") : QStringLiteral("100%");
        const QList<double> pan = FrameCost::sample(view, image, FrameCost::Draw::Repaint, frames,
                                                    [&](int i) {
                                                        const int d = (i % 2 ? -1 : 1) * 40;
                                                        h->setValue(h->value() + d);
                                                        v->setValue(v->value() + d / 2);
                                                    });
        const QList<double> zoom = FrameCost::sample(view, image, FrameCost::Draw::Repaint, frames,
                                                     [&](int i) {
                                                         view.zoomBy(i % 2 ? 1 / 1.2 : 1.2);
                                                     });
        out << QStringLiteral("%1 (zoom %2): pan median %3 ms, p95 %4 ms; zoom median %5 ms, "
                              "p95 %6 ms (%7 frames)")
                   .arg(label)
                   .arg(view.zoom(), 0, 'f', 3)
                   .arg(Bench::median(pan), 0, 'f', 2)
                   .arg(Bench::percentile(pan, 0.95), 0, 'f', 2)
                   .arg(Bench::median(zoom), 0, 'f', 2)
                   .arg(Bench::percentile(zoom, 0.95), 0, 'f', 2)
                   .arg(frames)
            << Qt::endl;
    }
    const auto [rss, peak] = residentMb();
    out << QStringLiteral("memory: %1 MB resident now, %2 MB peak, %3 MB before the file")
               .arg(rss, 0, 'f', 0)
               .arg(peak, 0, 'f', 0)
               .arg(rssEmpty, 0, 'f', 0)
        << Qt::endl;
}

} // namespace WindowBench
