#include "core/monitor/targetstats.h"

#include <QTest>

Q_DECLARE_METATYPE(TargetState)

namespace {

// "12 L 30": replies of 12 ms and 30 ms around one lost probe.
TargetStats statsFrom(const QString &pattern, int window)
{
    TargetStats s(window);
    qint64 t = 0;
    for (const QString &item : pattern.split(u' ', Qt::SkipEmptyParts)) {
        if (item == QLatin1String("L"))
            s.add(ProbeSample{t, false, 0.0});
        else
            s.add(ProbeSample{t, true, item.toDouble()});
        t += 1000;
    }
    return s;
}

} // namespace

class TestTargetStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figures_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("loss");
        QTest::addColumn<double>("mean"); // -1: no reply
        QTest::addColumn<int>("trailingLost");

        QTest::newRow("empty") << "" << 5 << 0 << 0.0 << -1.0 << 0;
        QTest::newRow("all replies") << "10 20 30" << 5 << 3 << 0.0 << 20.0 << 0;
        QTest::newRow("one of four lost") << "10 L 20 30" << 5 << 4 << 0.25 << 20.0 << 0;
        QTest::newRow("all lost") << "L L L" << 5 << 3 << 1.0 << -1.0 << 3;
        QTest::newRow("window drops oldest") << "1000 L L 10 20" << 3 << 3 << 1.0 / 3 << 15.0 << 0;
        QTest::newRow("trailing losses") << "10 L 10 L L" << 10 << 5 << 0.6 << 10.0 << 2;
    }

    void figures()
    {
        QFETCH(QString, pattern);
        QFETCH(int, window);
        QFETCH(int, count);
        QFETCH(double, loss);
        QFETCH(double, mean);
        QFETCH(int, trailingLost);
        const TargetStats s = statsFrom(pattern, window);
        QCOMPARE(s.count(), count);
        QVERIFY(qAbs(s.lossRatio() - loss) < 1e-9);
        QCOMPARE(s.meanRttMs().has_value(), mean >= 0);
        if (mean >= 0)
            QVERIFY(qAbs(*s.meanRttMs() - mean) < 1e-9);
        QCOMPARE(s.consecutiveLost(), trailingLost);
    }

    void minMaxLast()
    {
        const TargetStats s = statsFrom(QStringLiteral("30 5 L 12 L"), 10);
        QCOMPARE(*s.minRttMs(), 5.0);
        QCOMPARE(*s.maxRttMs(), 30.0);
        QCOMPARE(*s.lastRttMs(), 12.0);
    }

    void state_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<double>("degradedRttMs");
        QTest::addColumn<double>("degradedLoss");
        QTest::addColumn<double>("downLoss");
        QTest::addColumn<int>("downAfterLost");
        QTest::addColumn<TargetState>("expected");

        QTest::newRow("no samples") << "" << 200.0 << 0.05 << 0.5 << 3 << TargetState::Unknown;
        QTest::newRow("fast, no loss") << "10 12 11" << 200.0 << 0.05 << 0.5 << 3 << TargetState::Up;
        QTest::newRow("slow mean") << "150 250 260" << 200.0 << 0.05 << 0.5 << 3 << TargetState::Degraded;
        QTest::newRow("mean just below") << "199 199" << 200.0 << 0.05 << 0.5 << 3 << TargetState::Up;
        QTest::newRow("mean at threshold") << "200 200" << 200.0 << 0.05 << 0.5 << 3 << TargetState::Degraded;
        QTest::newRow("some loss") << "10 L 10 10 10 10 10 10 10 10" << 200.0 << 0.05 << 0.5 << 3
                                   << TargetState::Degraded;
        QTest::newRow("loss below threshold") << "10 L 10 10 10 10 10 10 10 10" << 200.0 << 0.2 << 0.5 << 3
                                              << TargetState::Up;
        QTest::newRow("half lost") << "10 L 10 L" << 200.0 << 0.05 << 0.5 << 3 << TargetState::Down;
        QTest::newRow("three in a row") << "10 10 10 10 10 10 10 L L L" << 200.0 << 0.05 << 0.9 << 3
                                        << TargetState::Down;
        QTest::newRow("two in a row") << "10 10 10 10 10 10 10 10 L L" << 200.0 << 0.05 << 0.9 << 3
                                      << TargetState::Degraded;
        QTest::newRow("recovered") << "L L L 10" << 200.0 << 0.05 << 0.9 << 3 << TargetState::Degraded;
    }

    void state()
    {
        QFETCH(QString, pattern);
        QFETCH(double, degradedRttMs);
        QFETCH(double, degradedLoss);
        QFETCH(double, downLoss);
        QFETCH(int, downAfterLost);
        QFETCH(TargetState, expected);
        MonitorThresholds t;
        t.degradedRttMs = degradedRttMs;
        t.degradedLoss = degradedLoss;
        t.downLoss = downLoss;
        t.downAfterLost = downAfterLost;
        QString error;
        QVERIFY2(t.isValid(&error), qPrintable(error));
        QCOMPARE(statsFrom(pattern, t.window).state(t), expected);
    }

    void thresholdsValidation_data()
    {
        QTest::addColumn<int>("window");
        QTest::addColumn<double>("degradedRttMs");
        QTest::addColumn<double>("degradedLoss");
        QTest::addColumn<double>("downLoss");
        QTest::addColumn<int>("downAfterLost");
        QTest::addColumn<QString>("errorPart"); // empty: valid

        QTest::newRow("defaults") << 20 << 200.0 << 0.05 << 0.5 << 3 << QString();
        QTest::newRow("zero window") << 0 << 200.0 << 0.05 << 0.5 << 1 << "window";
        QTest::newRow("negative rtt") << 20 << -1.0 << 0.05 << 0.5 << 3 << "degraded RTT";
        QTest::newRow("loss above one") << 20 << 200.0 << 1.5 << 0.5 << 3 << "degraded loss";
        QTest::newRow("down below degraded") << 20 << 200.0 << 0.3 << 0.2 << 3 << "must not be below";
        QTest::newRow("streak beyond window") << 5 << 200.0 << 0.05 << 0.5 << 6 << "lost probes";
        QTest::newRow("nan rtt") << 20 << qQNaN() << 0.05 << 0.5 << 3 << "degraded RTT";
    }

    void thresholdsValidation()
    {
        QFETCH(int, window);
        QFETCH(double, degradedRttMs);
        QFETCH(double, degradedLoss);
        QFETCH(double, downLoss);
        QFETCH(int, downAfterLost);
        QFETCH(QString, errorPart);
        const MonitorThresholds t{window, degradedRttMs, degradedLoss, downLoss, downAfterLost};
        QString error;
        QCOMPARE(t.isValid(&error), errorPart.isEmpty());
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void shrinkingWindowKeepsNewest()
    {
        TargetStats s = statsFrom(QStringLiteral("L L 10 20"), 10);
        s.setWindow(2);
        QCOMPARE(s.count(), 2);
        QCOMPARE(s.lossRatio(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTargetStats)
#include "tst_targetstats.moc"
