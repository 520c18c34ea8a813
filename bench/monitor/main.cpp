// Times one sample round of the monitoring window with N targets (default:
// 1,000 and 5,000): TunnelMonitor::probeNow(), every target answering (a
// prober that answers all at once, with RTTs that change each round and a
// loss now and then), and the event loop until the state table has painted.
// The window is the real MonitorWidget (table, the default latency charts).
// Reports the first round (every state goes Unknown -> Up/Degraded) and the
// median of the rounds after it.
// Usage: bench-monitor [TARGETS[,TARGETS...]] [ROUNDS]; runs offscreen unless
// QT_QPA_PLATFORM says otherwise. Results: docs/monitoring.md ("Scale").
#include "core/monitor/prober.h"
#include "core/monitor/probetarget.h"
#include "core/monitor/tunnelmonitor.h"
#include "ui/monitor/monitorwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTableView>
#include <QTextStream>

#include <algorithm>

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

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
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
               .arg(median(ms), 0, 'f', 2)
               .arg(rounds)
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QList<int> sizes;
    for (const QString &s : args.value(0, QStringLiteral("1000,5000")).split(QLatin1Char(',')))
        sizes << s.toInt();
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
    return 0;
}
