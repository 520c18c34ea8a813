#include "core/io/exampletopology.h"
#include "core/monitor/monitortargets.h"
#include "core/monitor/tunnelmonitor.h"
#include "fakeprober.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(TargetState)

namespace {

Ipv4Address ip(const char *text) { return *Ipv4Address::parse(QString::fromLatin1(text)); }

} // namespace

class TestTunnelMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<TargetState>(); }

    void roundRecordsSamplesAndStates()
    {
        FakeProber prober;
        TunnelMonitor monitor(&prober);
        QStringList errors;
        monitor.setTargets(MonitorTargets::forTopology(ExampleTopology::topology(), &errors));
        QCOMPARE(monitor.targets().size(), 4);
        prober.script[ip("10.20.0.1").value()] = {ProbeResult::reply(12.0), ProbeResult::reply(14.0)};
        prober.script[ip("10.10.0.1").value()] = {ProbeResult::reply(300.0)};
        prober.script[ip("10.8.0.1").value()] = {ProbeResult::lost(QStringLiteral("timeout"))};
        QSignalSpy samples(&monitor, &TunnelMonitor::sampleRecorded);
        QSignalSpy states(&monitor, &TunnelMonitor::targetStateChanged);
        QSignalSpy overall(&monitor, &TunnelMonitor::overallStateChanged);

        monitor.probeNow();
        QCOMPARE(prober.starts.size(), 4); // 10.20.0.1 once for the link, once for the site
        QTRY_COMPARE(samples.size(), 4);
        QCOMPARE(monitor.state(QStringLiteral("link:hq-site-a:10.20.0.1")), TargetState::Up);
        QCOMPARE(monitor.state(QStringLiteral("site:hq:10.10.0.1")), TargetState::Degraded);
        // One lost probe of one: loss ratio 1 >= downLoss.
        QCOMPARE(monitor.state(QStringLiteral("site:hq:10.8.0.1")), TargetState::Down);
        QCOMPARE(monitor.siteState(QStringLiteral("hq")), TargetState::Down);
        QCOMPARE(monitor.siteState(QStringLiteral("site-a")), TargetState::Up);
        QCOMPARE(monitor.linkState(QStringLiteral("hq-site-a")), TargetState::Up);
        QCOMPARE(monitor.linkState(QStringLiteral("nope")), TargetState::Unknown);
        QCOMPARE(monitor.overallState(), TargetState::Down);
        QCOMPARE(states.size(), 4);
        // Answers come in target order: the overall state walks up, degraded, down.
        QCOMPARE(overall.size(), 3);
        QCOMPARE(overall[0].first().value<TargetState>(), TargetState::Up);
        QCOMPARE(overall[1].first().value<TargetState>(), TargetState::Degraded);
        QCOMPARE(overall[2].first().value<TargetState>(), TargetState::Down);
        QCOMPARE(monitor.history().records().size(), 4);
        const TargetStats *stats = monitor.stats(QStringLiteral("site:hq:10.10.0.1"));
        QVERIFY(stats);
        QCOMPARE(*stats->lastRttMs(), 300.0);
    }

    void slowTargetIsNotProbedTwice()
    {
        FakeProber prober;
        TunnelMonitor monitor(&prober);
        monitor.setTargets({MonitorTargets::host(ip("10.0.0.1"))});
        monitor.probeNow();
        monitor.probeNow();
        QCOMPARE(prober.starts.size(), 1);
        prober.answerHeld(ProbeResult::reply(1.0));
        monitor.probeNow();
        QCOMPARE(prober.starts.size(), 2);
    }

    void timerProbesAtTheInterval()
    {
        FakeProber prober;
        TunnelMonitor monitor(&prober);
        monitor.setTargets({MonitorTargets::host(ip("10.0.0.1"))});
        for (int i = 0; i < 100; ++i)
            prober.script[ip("10.0.0.1").value()].append(ProbeResult::reply(1.0));
        monitor.setIntervalMs(10); // clamped
        QCOMPARE(monitor.intervalMs(), TunnelMonitor::kMinIntervalMs);
        QCOMPARE(monitor.effectiveTimeoutMs(), TunnelMonitor::kMinIntervalMs);
        QSignalSpy running(&monitor, &TunnelMonitor::runningChanged);
        monitor.start();
        QVERIFY(monitor.isRunning());
        QCOMPARE(prober.starts.size(), 1); // the first round starts at once
        QTRY_VERIFY_WITH_TIMEOUT(prober.starts.size() >= 3, 3000);
        monitor.stop();
        const int after = int(prober.starts.size());
        QTest::qWait(500);
        QCOMPARE(int(prober.starts.size()), after);
        QCOMPARE(running.size(), 2);
        QCOMPARE(prober.lastTimeoutMs, TunnelMonitor::kMinIntervalMs);
    }

    void thresholdsReevaluateStates()
    {
        FakeProber prober;
        TunnelMonitor monitor(&prober);
        const ProbeTarget t = MonitorTargets::host(ip("10.0.0.1"));
        monitor.setTargets({t});
        prober.script[t.address.value()] = {ProbeResult::reply(120.0)};
        monitor.probeNow();
        QTRY_COMPARE(monitor.state(t.key), TargetState::Up);
        MonitorThresholds th;
        th.degradedRttMs = 100.0;
        QSignalSpy states(&monitor, &TunnelMonitor::targetStateChanged);
        QString error;
        QVERIFY(monitor.setThresholds(th, &error));
        QCOMPARE(monitor.state(t.key), TargetState::Degraded);
        QCOMPARE(states.size(), 1);
        th.window = 0;
        QVERIFY(!monitor.setThresholds(th, &error));
        QVERIFY(error.contains(QStringLiteral("window")));
        QCOMPARE(monitor.thresholds().degradedRttMs, 100.0);
    }

    void removedTargetIgnoresLateAnswer()
    {
        FakeProber prober;
        TunnelMonitor monitor(&prober);
        const ProbeTarget t = MonitorTargets::host(ip("10.0.0.1"));
        QVERIFY(monitor.addTarget(t));
        QVERIFY(!monitor.addTarget(t));
        monitor.probeNow();
        monitor.removeTarget(t.key);
        QSignalSpy samples(&monitor, &TunnelMonitor::sampleRecorded);
        prober.answerHeld(ProbeResult::reply(1.0));
        QCOMPARE(samples.size(), 0);
        QVERIFY(monitor.history().records().isEmpty());
        QVERIFY(!monitor.stats(t.key));
    }

    void overallFollowsTargetsComingAndGoing()
    {
        FakeProber prober;
        TunnelMonitor monitor(&prober);
        const ProbeTarget up = MonitorTargets::host(ip("10.0.0.1"));
        const ProbeTarget down = MonitorTargets::host(ip("10.0.0.2"));
        monitor.setTargets({up, down});
        QCOMPARE(monitor.indexOf(down.key), 1);
        QCOMPARE(monitor.target(down.key)->address, ip("10.0.0.2"));
        QCOMPARE(monitor.indexOf(QStringLiteral("host:10.9.9.9")), -1);
        QVERIFY(!monitor.target(QStringLiteral("host:10.9.9.9")));
        prober.script[ip("10.0.0.1").value()] = {ProbeResult::reply(1.0), ProbeResult::reply(1.0)};
        prober.script[ip("10.0.0.2").value()] = {ProbeResult::lost(QStringLiteral("timeout"))};
        monitor.probeNow();
        QTRY_COMPARE(monitor.overallState(), TargetState::Down);
        QSignalSpy overall(&monitor, &TunnelMonitor::overallStateChanged);
        monitor.removeTarget(down.key); // the worst one goes: the rest decides
        QCOMPARE(monitor.overallState(), TargetState::Up);
        QCOMPARE(overall.size(), 1);
        QCOMPARE(monitor.indexOf(up.key), 0);
        monitor.addTarget(down); // back without stats: unknown, no change overall
        QCOMPARE(monitor.overallState(), TargetState::Up);
        monitor.setTargets({});
        QCOMPARE(monitor.overallState(), TargetState::Unknown);
    }

    // An edit's targets come and go as rows: the others keep their statistics
    // untouched (they were all rebuilt, and the table reset, on every edit).
    void editsTouchOnlyTheirTargets()
    {
        FakeProber prober;
        TunnelMonitor monitor(&prober);
        const ProbeTarget a = MonitorTargets::host(ip("10.0.0.1"));
        const ProbeTarget b = MonitorTargets::host(ip("10.0.0.2"));
        const ProbeTarget c = MonitorTargets::host(ip("10.0.0.3"));
        monitor.setTargets({a, b, c});
        monitor.probeNow();
        prober.answerHeld(ProbeResult::reply(1.0));
        QCOMPARE(monitor.overallState(), TargetState::Up);
        QSignalSpy leaving(&monitor, &TunnelMonitor::targetsAboutToBeRemoved);
        QSignalSpy left(&monitor, &TunnelMonitor::targetsRemoved);
        QSignalSpy coming(&monitor, &TunnelMonitor::targetsAboutToBeInserted);
        QSignalSpy came(&monitor, &TunnelMonitor::targetsInserted);
        QSignalSpy edited(&monitor, &TunnelMonitor::targetEdited);
        QSignalSpy changed(&monitor, &TunnelMonitor::targetsChanged);
        const ProbeTarget x = MonitorTargets::host(ip("10.0.0.9"));
        const ProbeTarget d = MonitorTargets::host(ip("10.0.0.4"));
        ProbeTarget c2 = c;
        c2.name = QStringLiteral("renamed");
        monitor.setTargets({a, x, c2, d});
        QCOMPARE(leaving.size(), 1);
        QCOMPARE(leaving[0], (QVariantList{1, 1}));
        QCOMPARE(left.size(), 1);
        QCOMPARE(coming.size(), 2);
        QCOMPARE(coming[0], (QVariantList{1, 1}));
        QCOMPARE(coming[1], (QVariantList{3, 3}));
        QCOMPARE(came.size(), 2);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited[0].first().toInt(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0].first().value<TunnelMonitor::TargetsChange>(),
                 TunnelMonitor::TargetsChange::Rows);
        QCOMPARE(monitor.targets().size(), 4);
        QCOMPARE(monitor.stats(a.key)->count(), 1);
        QCOMPARE(monitor.stats(c.key)->count(), 1);
        QCOMPARE(monitor.stats(x.key)->count(), 0);
        QVERIFY(!monitor.stats(b.key));
        QCOMPARE(monitor.state(c.key), TargetState::Up);
        QCOMPARE(monitor.state(x.key), TargetState::Unknown);
        QCOMPARE(monitor.indexOf(d.key), 3);
        QCOMPARE(monitor.indexOf(b.key), -1);
        QCOMPARE(monitor.target(c.key)->name, QStringLiteral("renamed"));
        QCOMPARE(monitor.overallState(), TargetState::Up);
        monitor.removeTarget(a.key);
        monitor.removeTarget(c.key);
        QCOMPARE(monitor.overallState(), TargetState::Unknown); // the state counts followed

        // The ones that stay in another order: the list is set anew, stats kept.
        changed.clear();
        monitor.setTargets({c, a});
        monitor.setTargets({a, c});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[1].first().value<TunnelMonitor::TargetsChange>(),
                 TunnelMonitor::TargetsChange::Reset);
        QCOMPARE(monitor.indexOf(c.key), 1);
        monitor.setTargets({a, c, a}); // a key twice: the first counts
        QCOMPARE(monitor.targets().size(), 2);
        QCOMPARE(monitor.indexOf(c.key), 1);
    }
};

QTEST_GUILESS_MAIN(TestTunnelMonitor)
#include "tst_tunnelmonitor.moc"
