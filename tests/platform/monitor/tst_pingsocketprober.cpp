#include "core/monitor/monitortargets.h"
#include "core/monitor/tunnelmonitor.h"
#include "netnslab.h"
#include "platform/linux/pingsocketproberlinux.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int kLossPercent = 30;

Ipv4Address ip(const char *text) { return *Ipv4Address::parse(QString::fromLatin1(text)); }

// Sends `count` echoes at once and waits for every answer.
QList<ProbeResult> burst(Prober &prober, Ipv4Address address, int count, int timeoutMs)
{
    QHash<quint64, ProbeResult> results;
    QObject::connect(&prober, &Prober::finished, &prober,
                     [&](quint64 token, const ProbeResult &r) { results.insert(token, r); });
    QList<quint64> tokens;
    for (int i = 0; i < count; ++i)
        tokens.append(prober.start(address, timeoutMs));
    const bool all = QTest::qWaitFor([&] { return results.size() >= count; }, timeoutMs + 5000);
    QObject::disconnect(&prober, &Prober::finished, &prober, nullptr);
    QList<ProbeResult> out;
    if (!all)
        qWarning("only %d of %d probes finished", int(results.size()), count);
    for (quint64 t : tokens)
        out.append(results.value(t, ProbeResult::lost(QStringLiteral("never finished"))));
    return out;
}

int replies(const QList<ProbeResult> &results)
{
    return int(std::count_if(results.cbegin(), results.cend(), [](const ProbeResult &r) { return r.replied; }));
}

} // namespace

class TestPingSocketProber : public QObject
{
    Q_OBJECT

private:
    NetnsLab m_lab{kLossPercent};
    std::unique_ptr<PingSocketProber> m_prober;

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = NetnsLab::unavailableReason();
        if (!reason.isEmpty()) {
            if (qEnvironmentVariable("ROUTESTUDIO_CI") == QLatin1String("1"))
                QFAIL(qPrintable(QStringLiteral("ROUTESTUDIO_CI=1 but the netns probe lab cannot run: ") + reason));
            QSKIP(qPrintable(QStringLiteral("SKIPPING the real ICMP probe tests: ") + reason));
        }
        QVERIFY2(m_lab.create(), qPrintable(m_lab.lastError()));
        QVERIFY(m_lab.enter());
    }

    void cleanupTestCase()
    {
        m_prober.reset();
        m_lab.remove();
    }

    void refusedWhenPingGroupRangeExcludesUs()
    {
        // A fresh namespace starts with ping_group_range "1 0": nobody, root included.
        QString error;
        QVERIFY(!PingSocketProber::open(&error));
        QVERIFY2(error.contains(QStringLiteral("ping_group_range")), qPrintable(error));
        QVERIFY2(m_lab.allowPingSockets(), qPrintable(m_lab.lastError()));
        m_prober = PingSocketProber::open(&error);
        QVERIFY2(m_prober, qPrintable(error));
        QCOMPARE(m_prober->name(), QStringLiteral("ICMP ping socket"));
    }

    void loopbackAnswersEveryEcho()
    {
        QVERIFY(m_prober);
        const QList<ProbeResult> results = burst(*m_prober, ip("127.0.0.1"), 20, 2000);
        QCOMPARE(replies(results), 20);
        for (const ProbeResult &r : results) {
            QVERIFY2(r.rttMs > 0.0 && r.rttMs < 500.0, qPrintable(QString::number(r.rttMs)));
            QVERIFY(r.error.isEmpty());
        }
    }

    void vethPeerAnswersEveryEcho()
    {
        QVERIFY(m_prober);
        QCOMPARE(replies(burst(*m_prober, ip("10.199.0.2"), 20, 2000)), 20);
    }

    void lossyPeerLosesTheShareTheRuleDrops()
    {
        QVERIFY(m_prober);
        constexpr int kCount = 400;
        // Batches of 50: a burst of hundreds would also measure the socket's
        // receive buffer (about 256 queued replies), not the nft rule.
        QList<ProbeResult> results;
        while (results.size() < kCount)
            results += burst(*m_prober, ip("10.199.0.3"), 50, 500);
        const double loss = 1.0 - double(replies(results)) / kCount;
        qInfo("measured loss %.3f with %d%% dropped by nft (%d probes)", loss, kLossPercent, kCount);
        // Binomial sd at p=0.3, n=400 is 0.023; 0.09 is about four sd.
        QVERIFY2(qAbs(loss - kLossPercent / 100.0) < 0.09, qPrintable(QString::number(loss)));
        for (const ProbeResult &r : results) {
            if (!r.replied)
                QVERIFY2(r.error.contains(QStringLiteral("no reply within 500 ms")), qPrintable(r.error));
        }
    }

    void silentAddressTimesOut()
    {
        QVERIFY(m_prober);
        const QList<ProbeResult> results = burst(*m_prober, ip("10.199.0.77"), 2, 400);
        QCOMPARE(replies(results), 0);
        QVERIFY2(results.first().error.contains(QStringLiteral("no reply")), qPrintable(results.first().error));
    }

    void monitorReportsStatesFromRealProbes()
    {
        QVERIFY(m_prober);
        TunnelMonitor monitor(m_prober.get());
        const ProbeTarget peer = MonitorTargets::host(ip("10.199.0.2"));
        const ProbeTarget silent = MonitorTargets::host(ip("10.199.0.77"));
        monitor.setTargets({peer, silent});
        monitor.setIntervalMs(TunnelMonitor::kMinIntervalMs);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.stats(silent.key)->count() >= 3, 5000);
        monitor.stop();
        QCOMPARE(monitor.state(peer.key), TargetState::Up);
        QCOMPARE(monitor.state(silent.key), TargetState::Down);
        QCOMPARE(monitor.overallState(), TargetState::Down);
        QVERIFY(*monitor.stats(peer.key)->meanRttMs() < 100.0);
    }

    void noRouteFailsAtOnceAndAsynchronously()
    {
        QVERIFY(m_prober);
        QSignalSpy finished(m_prober.get(), &Prober::finished);
        const quint64 token = m_prober->start(ip("192.0.2.1"), 5000); // side A has no default route
        QCOMPARE(finished.size(), 0); // never from inside start()
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 1000);
        QCOMPARE(finished.first().at(0).toULongLong(), token);
        const ProbeResult r = finished.first().at(1).value<ProbeResult>();
        QVERIFY(!r.replied);
        QVERIFY2(r.error.contains(QStringLiteral("cannot send to 192.0.2.1")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestPingSocketProber)
#include "tst_pingsocketprober.moc"
