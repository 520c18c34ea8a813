#include "ui/monitor/latencychart.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <limits>

LatencyChart::LatencyChart(const QString &title, qint64 sessionStartMs, QWidget *parent)
    : QChartView(parent),
      m_startMs(sessionStartMs),
      m_rtt(new QLineSeries),
      m_loss(new QScatterSeries),
      m_threshold(new QLineSeries),
      m_x(new QValueAxis),
      m_y(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_rtt->setName(tr("RTT (ms)"));
    m_loss->setName(tr("Lost"));
    m_loss->setColor(QColor(0xd0, 0x32, 0x2f));
    m_loss->setBorderColor(QColor(0xd0, 0x32, 0x2f));
    m_loss->setMarkerSize(9.0);
    m_threshold->setName(tr("Degraded above"));
    QPen dashed(QColor(0xe0, 0x9b, 0x12));
    dashed.setStyle(Qt::DashLine);
    m_threshold->setPen(dashed);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_rtt), static_cast<QAbstractSeries *>(m_loss),
                               static_cast<QAbstractSeries *>(m_threshold)}) {
        chart->addSeries(s);
    }
    m_x->setTitleText(tr("seconds"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setTitleText(tr("ms"));
    m_y->setMin(0);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    rescale();
}

void LatencyChart::addSample(const ProbeSample &sample)
{
    const double x = double(sample.sentMs - m_startMs) / 1000.0;
    if (sample.replied)
        m_rtt->append(x, sample.rttMs);
    else
        m_loss->append(x, 0.0);
    // Drop what scrolled out: everything older than the last kMaxPoints probes.
    while (m_rtt->count() + m_loss->count() > kMaxPoints) {
        const bool rttOlder = m_loss->count() == 0
                              || (m_rtt->count() > 0 && m_rtt->at(0).x() <= m_loss->at(0).x());
        if (rttOlder)
            m_rtt->remove(0);
        else
            m_loss->remove(0);
    }
    rescale();
}

void LatencyChart::setSessionStartMs(qint64 ms)
{
    const double shift = double(m_startMs - ms) / 1000.0;
    m_startMs = ms;
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_rtt), static_cast<QXYSeries *>(m_loss)}) {
        QList<QPointF> points = series->points();
        for (QPointF &p : points)
            p.rx() += shift;
        series->replace(points);
    }
    rescale();
}

void LatencyChart::setThresholdMs(double ms)
{
    m_thresholdMs = ms;
    rescale();
}

void LatencyChart::rescale()
{
    double minX = std::numeric_limits<double>::max();
    double maxX = std::numeric_limits<double>::lowest();
    double maxY = 1.0;
    for (const QXYSeries *series : {static_cast<QXYSeries *>(m_rtt), static_cast<QXYSeries *>(m_loss)}) {
        for (const QPointF &p : series->points()) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
    }
    if (minX > maxX) // no point yet
        minX = maxX = 0.0;
    maxX = std::max(maxX, minX + 10.0);
    // The threshold line shows when it is in sight (up to twice the highest RTT).
    m_threshold->clear();
    if (m_thresholdMs > 0 && m_thresholdMs <= maxY * 2.0) {
        m_threshold->append(minX, m_thresholdMs);
        m_threshold->append(maxX, m_thresholdMs);
        maxY = std::max(maxY, m_thresholdMs);
    }
    m_x->setRange(minX, maxX);
    m_y->setRange(0.0, maxY * 1.15);
}
