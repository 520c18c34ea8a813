// Times one sample round of the monitoring window with N targets (default:
// 1,000 and 5,000): TunnelMonitor::probeNow(), every target answering (a
// prober that answers all at once, with RTTs that change each round and a
// loss now and then), and the event loop until the state table has painted.
// The window is the real MonitorWidget (table, the default latency charts).
// Reports the first round (every state goes Unknown -> Up/Degraded) and the
// median of the rounds after it.
// Then the editor's Monitor dock (EditorMonitor: the same widget, plus the
// states on the canvas) on bench/editor's generated topology of N sites
// (default 1,000 and 5,000; a target per site LAN, hub PPP address and link):
// Start (every state to the canvas), the first round and a round, with the
// canvas (TopologyView, 1600×1000, fitted) shown too; and before it the time
// to compute the topology's default targets (MonitorTargets::forTopology).
// Usage: bench-monitor [TARGETS[,...]] [ROUNDS] [--sites SITES[,...]]; runs
// offscreen unless QT_QPA_PLATFORM says otherwise. Results:
// docs/monitoring.md ("Scale").
#include "bench/common/benchsupport.h"
#include "bench/common/benchtopology.h"
#include "bench/common/paintcounter.h"
#include "core/monitor/monitortargets.h"
#include "core/monitor/prober.h"
#include "core/monitor/probetarget.h"
#include "core/monitor/tunnelmonitor.h"
#include "ui/canvas/topologyscene.h"
#include "ui/canvas/topologyview.h"
#include "ui/document/topologydocument.h"
#include "ui/monitor/editormonitor.h"
#include "ui/monitor/monitorwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTableView>
#include <QTextStream>

#include <functional>
#include <memory>

namespace {

// Answers every request of a round when told to, from outside start(), as
// the Prober contract demands.
class RoundProber final : public Prober
{
public:
    QString name() const override { return QStringLiteral("bench"); }

    quint64 start(Ipv4Address address, int) override
    {
        m_pending.insert(++m_next, address);
        return m_next;
    }

    void answerAll(int round)
    {
        const QHash<quint64, Ipv4Address> pending = std::exchange(m_pending, {});
        for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
            const quint32 a = it.value().value();
            if ((a + quint32(round)) % 97 == 0)
                Q_EMIT finished(it.key(), ProbeResult::lost(QStringLiteral("timeout")));
            else
                Q_EMIT finished(it.key(),
                                ProbeResult::reply(5.0 + (a * 7 + quint32(round) * 13) % 90));
        }
    }

private:
    QHash<quint64, Ipv4Address> m_pending;
    quint64 m_next = 0;
};


ProbeTargets targets(int n)
{
    ProbeTargets out;
    for (int i = 0; i < n; ++i) {
        ProbeTarget t;
        t.key = QStringLiteral("site:gw-%1").arg(i);
        t.site = QStringLiteral("gw-%1").arg(i);
        t.name = QStringLiteral("gw-%1 LAN").arg(i);
        t.address = Ipv4Address(0x0a000001u + quint32(i) * 256);
        t.kind = ProbeTarget::Kind::SiteLan;
        out << t;
    }
    return out;
}

void runCase(int n, int rounds, QTextStream &out)
{
    RoundProber prober;
    TunnelMonitor monitor(&prober);
    MonitorWidget widget(&monitor);
    widget.resize(1400, 900);
    widget.show();
    QElapsedTimer setup;
    setup.start();
    monitor.setTargets(targets(n));
    QApplication::processEvents();
    const double setupMs = setup.nsecsElapsed() / 1e6;

    PaintCounter counter;
    widget.table()->viewport()->installEventFilter(&counter);
    QList<double> ms;
    for (int round = 0; round <= rounds; ++round) {
        QApplication::processEvents();
        counter.paints = 0;
        QElapsedTimer timer;
        timer.start();
        monitor.probeNow();
        prober.answerAll(round);
        for (int i = 0; i < 8 && counter.paints == 0; ++i)
            QApplication::processEvents();
        ms << timer.nsecsElapsed() / 1e6;
    }
    widget.table()->viewport()->removeEventFilter(&counter);
    const double first = ms.takeFirst();
    out << QStringLiteral("%1 targets: set targets + show %2 ms; first round %3 ms; "
                          "a round %4 ms (median of %5)")
               .arg(n)
               .arg(setupMs, 0, 'f', 1)
               .arg(first, 0, 'f', 1)
               .arg(Bench::median(ms), 0, 'f', 2)
               .arg(rounds)
        << Qt::endl;
}

// Runs `round` until the table's viewport has painted; milliseconds.
double timedRound(QTableView *table, const std::function<void()> &round)
{
    PaintCounter counter;
    table->viewport()->installEventFilter(&counter);
    QApplication::processEvents();
    counter.paints = 0;
    QElapsedTimer timer;
    timer.start();
    round();
    for (int i = 0; i < 8 && counter.paints == 0; ++i)
        QApplication::processEvents();
    const double ms = timer.nsecsElapsed() / 1e6;
    table->viewport()->removeEventFilter(&counter);
    return ms;
}

void runEditorCase(int sites, int rounds, QTextStream &out)
{
    TopologyDocument document;
    document.reset(BenchTopology::generate(sites));
    // The default targets of the topology (EditorMonitor recomputes them on
    // every structural edit, monitoring or not).
    QList<double> targetsMs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        QStringList errors;
        const ProbeTargets targets = MonitorTargets::forTopology(document.topology(), &errors);
        targetsMs << double(t.nsecsElapsed()) / 1e6;
        Q_UNUSED(targets);
    }
    out << QStringLiteral("editor, %1 sites: default targets (MonitorTargets::forTopology) "
                          "%2 ms (median of 5)")
               .arg(sites)
               .arg(Bench::median(targetsMs), 0, 'f', 2)
        << Qt::endl;
    TopologyScene scene(&document);
    auto owned = std::make_unique<RoundProber>();
    RoundProber *prober = owned.get();
    EditorMonitor editor(&document, &scene, std::move(owned));
    TunnelMonitor *monitor = editor.monitor();
    monitor->setIntervalMs(TunnelMonitor::kMaxIntervalMs); // rounds only when told
    editor.widget()->resize(1400, 900);
    editor.widget()->show();
    // The canvas beside it, at its fitted overview: states show there too.
    TopologyView view;
    view.setScene(&scene);
    view.resize(1600, 1000);
    view.show();
    view.fitAll();
    QApplication::processEvents();
    QTableView *table = editor.widget()->findChild<QTableView *>();
    // Start applies every state to the canvas and sends the first probes.
    const double start = timedRound(table, [&] { monitor->start(); });
    QList<double> ms;
    for (int round = 0; round <= rounds; ++round) {
        ms << timedRound(table, [&] {
            if (round > 0)
                monitor->probeNow();
            prober->answerAll(round);
        });
    }
    const double first = ms.takeFirst();
    out << QStringLiteral("editor, %1 sites (%2 targets): start %3 ms; first round %4 ms; "
                          "a round %5 ms (median of %6)")
               .arg(sites)
               .arg(monitor->targets().size())
               .arg(start, 0, 'f', 1)
               .arg(first, 0, 'f', 1)
               .arg(Bench::median(ms), 0, 'f', 2)
               .arg(rounds)
        << Qt::endl;
    // An edit's new targets applied while monitoring (one site's LAN changes):
    // what EditorMonitor does on the GUI thread once a worker derived them.
    QList<double> editMs;
    Topology edited = document.topology();
    for (int e = 0; e < 7; ++e) {
        Site &s = edited.sites[(e + 1) * int(edited.sites.size()) / 9];
        s.lans = {Ipv4Prefix(Ipv4Address(0x0af00000u + (quint32(e) << 8)), 24)}; // 10.240.e.0/24
        QStringList errors;
        const ProbeTargets next = MonitorTargets::forTopology(edited, &errors);
        editMs << timedRound(table, [&] { monitor->setTargets(next); });
    }
    out << QStringLiteral("editor, %1 sites: an edit's targets applied %2 ms (median of %3)")
               .arg(sites)
               .arg(Bench::median(editMs), 0, 'f', 2)
               .arg(editMs.size())
        << Qt::endl;
    monitor->stop();
}

} // namespace

int main(int argc, char **argv)
{
    Bench::offscreenUnlessSet();
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QList<int> siteSizes{1000, 5000};
    const int sitesAt = int(args.indexOf(QStringLiteral("--sites")));
    if (sitesAt >= 0) {
        siteSizes = Bench::intList(args.value(sitesAt + 1));
        args.remove(sitesAt, qMin<qsizetype>(2, args.size() - sitesAt));
    }
    const QList<int> sizes = Bench::intList(args.value(0, QStringLiteral("1000,5000")));
    const int rounds = args.value(1, QStringLiteral("21")).toInt();
    QTextStream out(stdout);
    for (const int n : std::as_const(sizes)) {
        if (n < 1 || rounds < 1) {
            QTextStream(stderr) << "usage: bench-monitor [TARGETS[,TARGETS...]] [ROUNDS]"
                                << Qt::endl;
            return 2;
        }
        runCase(n, rounds, out);
    }
    for (const int sites : std::as_const(siteSizes)) {
        if (sites > 0)
            runEditorCase(sites, rounds, out);
    }
    return 0;
}
