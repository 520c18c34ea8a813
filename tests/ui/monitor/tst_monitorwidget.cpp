#include "../../core/monitor/fakeprober.h"
#include "../icons/iconcheck.h"
#include "core/monitor/monitortargets.h"
#include "core/monitor/tunnelmonitor.h"
#include "ui/monitor/latencychart.h"
#include "ui/monitor/metricspanel.h"
#include "ui/monitor/monitorstatemodel.h"
#include "ui/monitor/monitorwidget.h"
#include "ui/monitor/statecolors.h"
#include "ui/monitor/thresholdseditor.h"
#include "ui/monitor/tunnelcheckpanel.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLineEdit>
#include <QLineSeries>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

Ipv4Address ip(const char *text) { return *Ipv4Address::parse(QString::fromLatin1(text)); }
Ipv4Prefix prefix(const char *text) { return *Ipv4Prefix::parse(QString::fromLatin1(text)); }

class FakeInspector final : public RouteInspector
{
public:
    std::optional<QString> interfaceFor(Ipv4Address address, QString *) override
    {
        return table.value(address.value(), QStringLiteral("eth0"));
    }
    bool reapply(const QList<Ipv4Prefix> &routes, const QString &interface, QString *) override
    {
        for (const Ipv4Prefix &r : routes)
            table.insert(TunnelCheck::probeAddress(r).value(), interface);
        return true;
    }
    QHash<quint32, QString> table;
};

int countColour(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) < 24 && qAbs(c.green() - colour.green()) < 24
                && qAbs(c.blue() - colour.blue()) < 24)
                ++n;
        }
    }
    return n;
}

} // namespace

class TestMonitorWidget : public QObject
{
    Q_OBJECT

private:
    FakeProber *m_prober = nullptr;
    TunnelMonitor *m_monitor = nullptr;
    MonitorWidget *m_widget = nullptr;
    ProbeTarget m_lan;
    ProbeTarget m_ppp;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_prober = new FakeProber(this);
        m_monitor = new TunnelMonitor(m_prober, this);
        m_lan = MonitorTargets::host(ip("10.20.0.1"), QStringLiteral("site-a LAN"));
        m_lan.link = QStringLiteral("hq-site-a");
        m_ppp = MonitorTargets::host(ip("10.8.0.1"), QStringLiteral("hq PPP"));
        m_ppp.profile = QStringLiteral("staff");
        m_monitor->setTargets({m_lan, m_ppp});
        m_widget = new MonitorWidget(m_monitor);
        m_widget->resize(1200, 800);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget));
    }

    void cleanupTestCase() { delete m_widget; }

    // Start / Stop says what a click does, in words and with a play / stop icon.
    void startButtonShowsTheAction()
    {
        FakeProber prober;
        TunnelMonitor monitor(&prober);
        monitor.setTargets({m_lan});
        MonitorWidget widget(&monitor);
        auto *button = widget.findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Start"));
        QVERIFY(IconCheck::paintedPixels(button->icon()) > 20);
        const QImage play = IconCheck::image(button->icon());
        monitor.start();
        QCOMPARE(button->text(), QStringLiteral("Stop"));
        QVERIFY(IconCheck::paintedPixels(button->icon()) > 20);
        QVERIFY(IconCheck::image(button->icon()) != play);
        monitor.stop();
        QCOMPARE(IconCheck::image(button->icon()), play);
    }

    void chartPerTargetGetsPointsAndLossMarkers()
    {
        QVERIFY(m_widget->chart(m_lan.key));
        QVERIFY(m_widget->chart(m_ppp.key));
        const QList<double> lanRtts{12, 15, 11, 40, 13, 12};
        for (double rtt : lanRtts)
            m_prober->script[m_lan.address.value()].append(ProbeResult::reply(rtt));
        m_prober->script[m_ppp.address.value()] = {ProbeResult::reply(30), ProbeResult::lost(QStringLiteral("t")),
                                                   ProbeResult::reply(35), ProbeResult::lost(QStringLiteral("t")),
                                                   ProbeResult::lost(QStringLiteral("t")),
                                                   ProbeResult::lost(QStringLiteral("t"))};
        for (int i = 0; i < 6; ++i) {
            m_monitor->probeNow();
            QTRY_COMPARE(m_monitor->history().records().size(), 2 * (i + 1));
        }
        LatencyChart *lan = m_widget->chart(m_lan.key);
        LatencyChart *ppp = m_widget->chart(m_ppp.key);
        QCOMPARE(lan->rttSeries()->count(), 6);
        QCOMPARE(lan->lossSeries()->count(), 0);
        QCOMPARE(lan->rttSeries()->at(3).y(), 40.0);
        QCOMPARE(ppp->rttSeries()->count(), 2);
        QCOMPARE(ppp->lossSeries()->count(), 4);
        QCOMPARE(ppp->lossSeries()->color(), StateColors::color(TargetState::Down));
    }

    // The time axis counts from the session's first probe round (Start), not
    // from when the window was made: a chart opened a while before Start
    // shows its first sample at 0 s.
    void chartTimeAxisStartsAtStart()
    {
        FakeProber prober;
        TunnelMonitor monitor(&prober);
        monitor.setTargets({m_lan});
        MonitorWidget widget(&monitor);
        LatencyChart *chart = widget.chart(m_lan.key);
        QVERIFY(chart);
        QTest::qWait(1500); // the window is open, monitoring not yet started
        prober.script[m_lan.address.value()] = {ProbeResult::reply(20)};
        monitor.start();
        QTRY_COMPARE(chart->rttSeries()->count(), 1);
        monitor.stop();
        QVERIFY(monitor.sessionStartMs() > 0);
        QVERIFY2(chart->rttSeries()->at(0).x() < 0.5, qPrintable(QString::number(chart->rttSeries()->at(0).x())));
        QVERIFY(chart->rttSeries()->at(0).x() >= 0.0);
    }

    void modelExposesStates()
    {
        MonitorStateModel *model = m_widget->stateModel();
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex lanState = model->index(model->rowOf(m_lan.key), MonitorStateModel::State);
        const QModelIndex pppState = model->index(model->rowOf(m_ppp.key), MonitorStateModel::State);
        QCOMPARE(lanState.data(MonitorStateModel::StateRole).toInt(), int(TargetState::Up));
        QCOMPARE(pppState.data(MonitorStateModel::StateRole).toInt(), int(TargetState::Down));
        QCOMPARE(pppState.data(Qt::DecorationRole).value<QColor>(), StateColors::color(TargetState::Down));
        QCOMPARE(model->index(model->rowOf(m_ppp.key), MonitorStateModel::Loss).data().toString(),
                 QStringLiteral("67\u00a0%"));
        QCOMPARE(m_monitor->linkState(QStringLiteral("hq-site-a")), TargetState::Up);
        QCOMPARE(m_monitor->profileState(QStringLiteral("staff")), TargetState::Down);
    }

    void editingThresholdsReachesTheMonitor()
    {
        ThresholdsEditor *editor = m_widget->thresholdsEditor();
        editor->degradedRttBox()->setValue(15);
        QCOMPARE(m_monitor->thresholds().degradedRttMs, 15.0);
        QCOMPARE(m_monitor->state(m_lan.key), TargetState::Degraded); // mean 17.2 ms
        QCOMPARE(m_widget->chart(m_lan.key)->thresholdSeries()->count(), 2);
        QCOMPARE(m_widget->chart(m_lan.key)->thresholdSeries()->at(0).y(), 15.0);
        editor->windowBox()->setValue(1); // below "down after 3 lost": refused, shown
        QVERIFY(!editor->isValid());
        QVERIFY2(editor->errorText().contains(QStringLiteral("lost probes")), qPrintable(editor->errorText()));
        QCOMPARE(m_monitor->thresholds().window, 20);
        editor->windowBox()->setValue(20);
        QVERIFY(editor->isValid());
        editor->degradedRttBox()->setValue(200);
        QCOMPARE(m_monitor->state(m_lan.key), TargetState::Up);
    }

    void exportWritesTheHistory()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.csv"));
        QString error;
        QVERIFY2(m_widget->exportCsv(file, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 12);
        QVERIFY(lines.last().contains(",hq PPP,10.8.0.1,0,"));
        QVERIFY(m_widget->exportButton()->isEnabled());
    }

    void tunnelCheckOffersReapply()
    {
        FakeInspector os;
        os.table.insert(ip("10.10.0.1").value(), QStringLiteral("ppp0"));
        TunnelCheckPanel *panel = m_widget->tunnelCheck();
        QVERIFY(!panel->checkButton()->isEnabled());
        panel->setContext(&os, QStringLiteral("staff"), QStringLiteral("ppp0"),
                          {prefix("10.10.0.0/16"), prefix("10.20.0.0/16")});
        QVERIFY(panel->checkButton()->isEnabled());
        QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
        QCOMPARE(panel->results()->count(), 2);
        QCOMPARE(panel->results()->item(1)->text(), QStringLiteral("10.20.0.0/16 -> eth0 (expected ppp0)"));
        QVERIFY(panel->reapplyButton()->isEnabled());
        QCOMPARE(m_widget->routesInstalled().value(QStringLiteral("staff")), 1);
        QTest::mouseClick(panel->reapplyButton(), Qt::LeftButton);
        QVERIFY(!panel->reapplyButton()->isEnabled());
        QCOMPARE(m_widget->routesInstalled().value(QStringLiteral("staff")), 2);
        QCOMPARE(panel->results()->item(1)->text(), QStringLiteral("10.20.0.0/16 -> ppp0 (ok)"));
    }

    void metricsEndpointIsOffUntilSwitchedOnAndOnLoopback()
    {
        MetricsPanel *panel = m_widget->metricsPanel();
        QVERIFY(!panel->server()->isListening());
        QVERIFY(!panel->enableBox()->isChecked());
        QCOMPARE(panel->addressEdit()->text(), QStringLiteral("127.0.0.1"));
        QTcpServer probe; // a free port for this run
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        panel->portBox()->setValue(port);
        panel->enableBox()->setChecked(true);
        QVERIFY2(panel->server()->isListening(), qPrintable(panel->statusText()));
        QCOMPARE(panel->server()->address(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(panel->statusText().contains(QStringLiteral("this machine only")));
        panel->enableBox()->setChecked(false);
        QVERIFY(!panel->server()->isListening());
    }

    void rendersToPng()
    {
        QCoreApplication::processEvents();
        const QImage image = m_widget->grab().toImage();
        QVERIFY(!image.isNull());
        const QString file = QDir(QStringLiteral(ROUTESTUDIO_BINARY_DIR)).filePath(QStringLiteral("monitor-widget.png"));
        QVERIFY(image.save(file));
        // Loss markers (red) and the RTT line of the default theme must be on screen.
        QVERIFY2(countColour(image, StateColors::color(TargetState::Down)) > 50, qPrintable(file));
        const QImage chart = m_widget->chart(m_ppp.key)->grab().toImage();
        QVERIFY(countColour(chart, StateColors::color(TargetState::Down)) > 20);
    }

    void removingATargetRemovesItsChart()
    {
        m_monitor->removeTarget(m_lan.key);
        QVERIFY(!m_widget->chart(m_lan.key));
        QVERIFY(m_widget->chart(m_ppp.key));
        QCOMPARE(m_widget->stateModel()->rowCount(), 1);
    }

    void chartsOnlyForTheFirstOrTheSelectedTargets()
    {
        // A big topology has thousands of targets; charts are costly widgets.
        FakeProber prober;
        TunnelMonitor monitor(&prober);
        MonitorWidget widget(&monitor);
        ProbeTargets targets;
        for (int i = 0; i < 30; ++i)
            targets << MonitorTargets::host(Ipv4Address(0x0a000001u + quint32(i)));
        monitor.setTargets(targets);
        QCOMPARE(widget.stateModel()->rowCount(), 30);
        QCOMPARE(widget.chartCount(), MonitorWidget::kDefaultCharts);
        QVERIFY(widget.chart(targets[0].key));
        QVERIFY(!widget.chart(targets[20].key));

        prober.script[targets[20].address.value()] = {ProbeResult::reply(7)};
        monitor.probeNow();
        QTRY_COMPARE(monitor.stats(targets[20].key)->samples().size(), 1);
        widget.table()->selectRow(25);
        widget.table()->selectionModel()->select(
            widget.stateModel()->index(20, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(widget.chartCount(), 2);
        QVERIFY(widget.chart(targets[20].key));
        QVERIFY(widget.chart(targets[25].key));
        QVERIFY(!widget.chart(targets[0].key));
        QCOMPARE(widget.chart(targets[20].key)->rttSeries()->count(), 1); // its samples so far

        widget.table()->selectAll();
        QCOMPARE(widget.chartCount(), MonitorWidget::kMaxCharts);
        widget.table()->clearSelection();
        QCOMPARE(widget.chartCount(), MonitorWidget::kDefaultCharts);
        QVERIFY(widget.chart(targets[0].key));
    }
};

QTEST_MAIN(TestMonitorWidget)
#include "tst_monitorwidget.moc"
