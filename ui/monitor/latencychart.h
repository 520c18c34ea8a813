#pragma once

#include "core/monitor/probesample.h"

#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

// The live latency chart of one target: RTT in ms over the seconds since the
// session started (TunnelMonitor::sessionStartMs: the first probe round after
// Start), lost probes as red markers on the time axis, and the
// "degraded" RTT threshold as a dashed line. Keeps the last kMaxPoints probes.
class LatencyChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatencyChart)

public:
    static constexpr int kMaxPoints = 300;

    LatencyChart(const QString &title, qint64 sessionStartMs, QWidget *parent = nullptr);

    void addSample(const ProbeSample &sample);
    void setThresholdMs(double ms);
    // Moves the time axis' origin; points already drawn keep their time.
    void setSessionStartMs(qint64 ms);

    QLineSeries *rttSeries() const { return m_rtt; }
    QScatterSeries *lossSeries() const { return m_loss; }
    QLineSeries *thresholdSeries() const { return m_threshold; }

private:
    void rescale();

    qint64 m_startMs;
    double m_thresholdMs = 0;
    QLineSeries *m_rtt;
    QScatterSeries *m_loss;
    QLineSeries *m_threshold;
    QValueAxis *m_x;
    QValueAxis *m_y;
};
