// The monitoring window's state table: each sample updates its row's state,
// RTTs and loss; the sample columns are wide enough for any value they can
// show (they are sized once, not measured on every sample); a sample reports
// only its row's sample columns as changed and leaves the other columns'
// widths alone, while new targets re-fit them.
#include "../../core/monitor/fakeprober.h"
#include "core/monitor/monitortargets.h"
#include "core/monitor/tunnelmonitor.h"
#include "ui/monitor/monitorstatemodel.h"
#include "ui/monitor/monitorwidget.h"
#include "ui/monitor/statecolors.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTextLayout>

namespace {

Ipv4Address ip(const char *text) { return *Ipv4Address::parse(QString::fromLatin1(text)); }

ProbeResult lost() { return ProbeResult::lost(QStringLiteral("timeout")); }

} // namespace

class TestMonitorTable : public QObject
{
    Q_OBJECT

private:
    FakeProber *m_prober = nullptr;
    TunnelMonitor *m_monitor = nullptr;
    MonitorWidget *m_widget = nullptr;
    ProbeTarget m_a;
    ProbeTarget m_b;

    QString text(const ProbeTarget &t, int column) const
    {
        MonitorStateModel *model = m_widget->stateModel();
        return model->index(model->rowOf(t.key), column).data().toString();
    }

    // Runs rounds until `a` has had all its scripted answers.
    void answer(const QList<ProbeResult> &results)
    {
        m_prober->script[m_a.address.value()] = results;
        m_prober->script[m_b.address.value()] =
            QList<ProbeResult>(results.size(), ProbeResult::reply(1));
        for (int i = 0; i < results.size(); ++i) {
            const qsizetype before = m_monitor->history().records().size();
            m_monitor->probeNow();
            QTRY_COMPARE(m_monitor->history().records().size(), before + 2);
        }
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_prober = new FakeProber(this);
        m_monitor = new TunnelMonitor(m_prober, this);
        m_a = MonitorTargets::host(ip("10.20.0.1"), QStringLiteral("a"));
        m_b = MonitorTargets::host(ip("10.30.0.1"), QStringLiteral("b"));
        m_monitor->setTargets({m_a, m_b});
        m_widget = new MonitorWidget(m_monitor);
        m_widget->resize(1200, 800);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget));
    }

    void cleanup()
    {
        delete m_widget;
        delete m_monitor;
        delete m_prober;
    }

    void samplesShowInTheirRow_data()
    {
        QTest::addColumn<QList<ProbeResult>>("results");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("mean");
        QTest::addColumn<QString>("loss");
        QTest::newRow("one reply") << QList<ProbeResult>{ProbeResult::reply(12.5)} << "12.5 ms"
                                   << "12.5 ms" << QStringLiteral("0\u00a0%");
        QTest::newRow("two replies") << QList<ProbeResult>{ProbeResult::reply(10),
                                                           ProbeResult::reply(30)}
                                     << "30.0 ms" << "20.0 ms" << QStringLiteral("0\u00a0%");
        QTest::newRow("reply, then lost")
            << QList<ProbeResult>{ProbeResult::reply(8), lost()} << "8.0 ms" << "8.0 ms"
            << QStringLiteral("50\u00a0%");
        QTest::newRow("all lost") << QList<ProbeResult>{lost(), lost(), lost(), lost()} << "–"
                                  << "–" << QStringLiteral("100\u00a0%");
        QTest::newRow("a slow reply") << QList<ProbeResult>{ProbeResult::reply(1999.9)}
                                      << "1999.9 ms" << "1999.9 ms" << QStringLiteral("0\u00a0%");
    }

    void samplesShowInTheirRow()
    {
        QFETCH(QList<ProbeResult>, results);
        QFETCH(QString, last);
        QFETCH(QString, mean);
        QFETCH(QString, loss);
        QCOMPARE(text(m_a, MonitorStateModel::State), StateColors::label(TargetState::Unknown));
        answer(results);
        QCOMPARE(text(m_a, MonitorStateModel::LastRtt), last);
        QCOMPARE(text(m_a, MonitorStateModel::MeanRtt), mean);
        QCOMPARE(text(m_a, MonitorStateModel::Loss), loss);
        QCOMPARE(text(m_a, MonitorStateModel::State),
                 StateColors::label(m_monitor->state(m_a.key)));
        QVERIFY(m_monitor->state(m_a.key) != TargetState::Unknown);
        // The other row has its own values.
        QCOMPARE(text(m_b, MonitorStateModel::LastRtt), QStringLiteral("1.0 ms"));
        QCOMPARE(text(m_b, MonitorStateModel::Loss), QStringLiteral("0\u00a0%"));

        // The loss never wraps ("100" over "%"), however narrow the column:
        // laid out word-wrapped in 1 px it stays one line.
        QTextLayout layout(text(m_a, MonitorStateModel::Loss), m_widget->table()->font());
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(wrap);
        layout.beginLayout();
        int lines = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(1);
            ++lines;
        }
        layout.endLayout();
        QCOMPARE(lines, 1);

        // Every value fits its column: nothing is elided.
        QTableView *table = m_widget->table();
        const QFontMetrics metrics(table->font());
        const int margin =
            2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        for (const ProbeTarget &t : {m_a, m_b}) {
            for (int c = MonitorStateModel::LastRtt; c <= MonitorStateModel::Loss; ++c)
                QVERIFY2(metrics.horizontalAdvance(text(t, c)) + margin <= table->columnWidth(c),
                         qPrintable(text(t, c)));
        }
    }

    void sampleColumnsFitTheirWidestText_data()
    {
        QTest::addColumn<int>("pixels");
        QTest::newRow("default font") << 0;
        QTest::newRow("large font") << 30; // wider than Qt's default section
    }

    void sampleColumnsFitTheirWidestText()
    {
        QFETCH(int, pixels);
        if (pixels > 0) {
            QFont large = m_widget->font();
            large.setPixelSize(pixels);
            m_widget->setFont(large);
        }
        QTableView *table = m_widget->table();
        QCOMPARE(table->font().pixelSize(), pixels > 0 ? pixels : table->font().pixelSize());
        const QFontMetrics metrics(table->font());
        for (int c = MonitorStateModel::kFirstSampleColumn;
             c <= MonitorStateModel::kLastSampleColumn; ++c) {
            const QStringList widest = MonitorStateModel::widestTexts(MonitorStateModel::Column(c));
            QVERIFY(!widest.isEmpty());
            for (const QString &t : widest)
                QVERIFY2(metrics.horizontalAdvance(t) < table->columnWidth(c), qPrintable(t));
        }
        // The longest RTT is below the longest probe timeout.
        QCOMPARE(MonitorStateModel::widestTexts(MonitorStateModel::LastRtt).constFirst(),
                 QStringLiteral("3599999.9 ms"));
    }

    void aSampleChangesOnlyItsRowsSampleColumns()
    {
        MonitorStateModel *model = m_widget->stateModel();
        QTableView *table = m_widget->table();
        QList<int> widths;
        for (int c = 0; c < MonitorStateModel::ColumnCount; ++c)
            widths << table->columnWidth(c);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        answer({ProbeResult::reply(123.4)});
        QVERIFY(!changed.isEmpty());
        const QList<int> rows{model->rowOf(m_a.key), model->rowOf(m_b.key)};
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const auto from = signal.at(0).value<QModelIndex>();
            const auto to = signal.at(1).value<QModelIndex>();
            QCOMPARE(from.row(), to.row());
            QVERIFY(rows.contains(from.row()));
            QCOMPARE(from.column(), int(MonitorStateModel::kFirstSampleColumn));
            QCOMPARE(to.column(), int(MonitorStateModel::kLastSampleColumn));
        }
        QTest::qWait(20); // a delayed header resize would have run
        for (int c = 0; c < MonitorStateModel::ColumnCount; ++c)
            QCOMPARE(table->columnWidth(c), widths.at(c));
    }

    void newTargetsRefitTheirColumns()
    {
        QTableView *table = m_widget->table();
        const int before = table->columnWidth(MonitorStateModel::Target);
        const QString name(60, QLatin1Char('W'));
        QVERIFY(m_monitor->addTarget(MonitorTargets::host(ip("10.40.0.1"), name)));
        const int needed = QFontMetrics(table->font()).horizontalAdvance(name);
        QTRY_VERIFY(table->columnWidth(MonitorStateModel::Target) > needed);
        QVERIFY(table->columnWidth(MonitorStateModel::Target) > before);
    }
};

QTEST_MAIN(TestMonitorTable)
#include "tst_monitortable.moc"
