#pragma once

#include "core/monitor/tunnelmonitor.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class LatencyChart;
class MetricsPanel;
class MonitorStateModel;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class ThresholdsEditor;
class TunnelCheckPanel;

// The monitoring window's content: the targets with their state, live
// latency charts (for the rows selected in the table, else the first
// kDefaultCharts targets; never more than kMaxCharts: a chart is a costly
// widget and a big topology has thousands of targets), thresholds and interval, CSV export, the tunnel
// check and the Prometheus switch. It drives a TunnelMonitor it does not own;
// the editor canvas and the tray connect to that monitor's signals (and use
// StateColors) — see docs/monitoring.md.
class MonitorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorWidget)

public:
    static constexpr int kDefaultCharts = 8;
    static constexpr int kMaxCharts = 16;

    // With a `settingsGroup`, the thresholds and interval saved there are
    // applied to the monitor first and every edit is saved there again.
    explicit MonitorWidget(TunnelMonitor *monitor, QWidget *parent = nullptr,
                           const QString &settingsGroup = QString());

    TunnelMonitor *monitor() const { return m_monitor; }
    MonitorStateModel *stateModel() const { return m_model; }
    // The chart of a target, or null when it is not shown.
    LatencyChart *chart(const QString &targetKey) const { return m_charts.value(targetKey); }
    int chartCount() const { return int(m_charts.size()); }
    QTableView *table() const { return m_table; }
    ThresholdsEditor *thresholdsEditor() const { return m_thresholds; }
    TunnelCheckPanel *tunnelCheck() const { return m_tunnelCheck; }
    MetricsPanel *metricsPanel() const { return m_metrics; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *exportButton() const { return m_export; }

    // Writes the session history (atomically); false with a sentence.
    bool exportCsv(const QString &fileName, QString *error) const;
    // Routes found in the tunnel per profile, as the last tunnel checks said.
    const QMap<QString, int> &routesInstalled() const { return m_routesInstalled; }
    // Faults per site of the last check of its collection (Prometheus page).
    void setCheckFailures(const QMap<QString, int> &failures) { m_checkFailures = failures; }
    const QMap<QString, int> &checkFailures() const { return m_checkFailures; }
    // The "Paths" box (the editor's dock shows it): which path of each
    // checked site carries traffic now (PathSummary), or how to learn it.
    void setPathsShown(bool shown);
    void setPathLines(const QStringList &lines);
    QLabel *pathsLabel() const { return m_paths; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void sizeSampleColumns();
    void rebuildCharts();
    void onSample(const QString &key, const ProbeSample &sample);
    void addHost();
    void chooseExportFile();
    void updateStartButton(bool running);

    TunnelMonitor *m_monitor;
    MonitorStateModel *m_model;
    QTableView *m_table;
    QGridLayout *m_chartGrid;
    QLabel *m_chartNote;
    QHash<QString, LatencyChart *> m_charts;
    ThresholdsEditor *m_thresholds;
    TunnelCheckPanel *m_tunnelCheck;
    QWidget *m_pathsBox = nullptr;
    QLabel *m_paths = nullptr;
    MetricsPanel *m_metrics;
    QPushButton *m_start;
    QPushButton *m_export;
    QLineEdit *m_hostEdit;
    QPushButton *m_addHost;
    QMap<QString, int> m_routesInstalled;
    QMap<QString, int> m_checkFailures;
};
