#include "netnslab.h"
#include "platform/common/proberfactory.h"
#include "platform/linux/pingcommandproberlinux.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int kLossPercent = 30;

Ipv4Address ip(const char *text) { return *Ipv4Address::parse(QString::fromLatin1(text)); }

QList<ProbeResult> burst(Prober &prober, Ipv4Address address, int count, int timeoutMs)
{
    QHash<quint64, ProbeResult> results;
    QObject::connect(&prober, &Prober::finished, &prober,
                     [&](quint64 token, const ProbeResult &r) { results.insert(token, r); });
    QList<quint64> tokens;
    for (int i = 0; i < count; ++i)
        tokens.append(prober.start(address, timeoutMs));
    const bool all = QTest::qWaitFor([&] { return results.size() >= count; }, 60000);
    QObject::disconnect(&prober, &Prober::finished, &prober, nullptr);
    if (!all)
        qWarning("only %d of %d probes finished", int(results.size()), count);
    QList<ProbeResult> out;
    for (quint64 t : tokens)
        out.append(results.value(t, ProbeResult::lost(QStringLiteral("never finished"))));
    return out;
}

int replies(const QList<ProbeResult> &results)
{
    return int(std::count_if(results.cbegin(), results.cend(), [](const ProbeResult &r) { return r.replied; }));
}

} // namespace

// The fallback prober runs the system ping. Loopback in the test's own
// namespace first, then the veth lab with nft-made loss.
class TestPingCommandProber : public QObject
{
    Q_OBJECT

private:
    NetnsLab m_lab{kLossPercent};

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = NetnsLab::unavailableReason();
        if (!reason.isEmpty()) {
            if (qEnvironmentVariable("ROUTESTUDIO_CI") == QLatin1String("1"))
                QFAIL(qPrintable(QStringLiteral("ROUTESTUDIO_CI=1 but the netns probe lab cannot run: ") + reason));
            QSKIP(qPrintable(QStringLiteral("SKIPPING the system ping probe tests: ") + reason));
        }
        QVERIFY2(m_lab.create(), qPrintable(m_lab.lastError()));
        QVERIFY(m_lab.enter());
    }

    void cleanupTestCase() { m_lab.remove(); }

    void factoryFallsBackWhenPingSocketsAreRefused()
    {
        // The lab's fresh namespace has ping_group_range "1 0".
        QString why;
        const std::unique_ptr<Prober> prober = ProberFactory::create(&why);
        QVERIFY(prober);
        QCOMPARE(prober->name(), QStringLiteral("system ping"));
        QVERIFY2(why.contains(QStringLiteral("ping_group_range")) && why.contains(QStringLiteral("system ping")),
                 qPrintable(why));
    }

    void loopbackAndPeerAnswer()
    {
        PingCommandProber prober;
        const QList<ProbeResult> local = burst(prober, ip("127.0.0.1"), 5, 1000);
        QCOMPARE(replies(local), 5);
        for (const ProbeResult &r : local)
            QVERIFY2(r.rttMs > 0.0 && r.rttMs < 500.0, qPrintable(QString::number(r.rttMs)));
        QCOMPARE(replies(burst(prober, ip("10.199.0.2"), 5, 1000)), 5);
    }

    void lossyPeerLosesTheShareTheRuleDrops()
    {
        PingCommandProber prober;
        constexpr int kCount = 160;
        const QList<ProbeResult> results = burst(prober, ip("10.199.0.3"), kCount, 1000);
        const double loss = 1.0 - double(replies(results)) / kCount;
        qInfo("measured loss %.3f with %d%% dropped by nft (%d runs of ping)", loss, kLossPercent, kCount);
        // Binomial sd at p=0.3, n=160 is 0.036; 0.14 is about four sd.
        QVERIFY2(qAbs(loss - kLossPercent / 100.0) < 0.14, qPrintable(QString::number(loss)));
        for (const ProbeResult &r : results) {
            if (!r.replied)
                QVERIFY2(!r.error.isEmpty(), "a lost probe says why");
        }
    }

    void missingProgramIsALossWithAReason()
    {
        PingCommandProber prober(QStringLiteral("/nonexistent/ping"));
        const QList<ProbeResult> results = burst(prober, ip("127.0.0.1"), 1, 500);
        QVERIFY(!results.first().replied);
        QVERIFY2(!results.first().error.isEmpty(), "says why");
    }
};

QTEST_GUILESS_MAIN(TestPingCommandProber)
#include "tst_pingcommandprober.moc"
