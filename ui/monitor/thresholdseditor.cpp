#include "ui/monitor/thresholdseditor.h"

#include "core/monitor/tunnelmonitor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

ThresholdsEditor::ThresholdsEditor(QWidget *parent)
    : QWidget(parent),
      m_window(new QSpinBox(this)),
      m_degradedRtt(new QDoubleSpinBox(this)),
      m_degradedLoss(new QDoubleSpinBox(this)),
      m_downLoss(new QDoubleSpinBox(this)),
      m_downAfterLost(new QSpinBox(this)),
      m_interval(new QDoubleSpinBox(this)),
      m_error(new QLabel(this))
{
    m_interval->setRange(TunnelMonitor::kMinIntervalMs / 1000.0, TunnelMonitor::kMaxIntervalMs / 1000.0);
    m_interval->setDecimals(1);
    m_interval->setSuffix(tr(" s"));
    m_window->setRange(1, 10000);
    m_window->setSuffix(tr(" probes"));
    m_degradedRtt->setRange(1, 60000);
    m_degradedRtt->setDecimals(0);
    m_degradedRtt->setSuffix(tr(" ms"));
    for (QDoubleSpinBox *box : {m_degradedLoss, m_downLoss}) {
        box->setRange(1, 100);
        box->setDecimals(0);
        box->setSuffix(tr(" %"));
    }
    m_downAfterLost->setRange(1, 10000);
    m_error->setStyleSheet(QStringLiteral("color: #d0322f"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Probe every"), m_interval);
    form->addRow(tr("Rolling window"), m_window);
    form->addRow(tr("Degraded when mean RTT reaches"), m_degradedRtt);
    form->addRow(tr("Degraded when loss reaches"), m_degradedLoss);
    form->addRow(tr("Down when loss reaches"), m_downLoss);
    form->addRow(tr("Down after lost probes in a row"), m_downAfterLost);
    form->addRow(m_error);

    setThresholds(MonitorThresholds());
    setIntervalMs(1000);
    for (QSpinBox *box : {m_window, m_downAfterLost})
        connect(box, &QSpinBox::valueChanged, this, &ThresholdsEditor::onEdited);
    for (QDoubleSpinBox *box : {m_degradedRtt, m_degradedLoss, m_downLoss})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ThresholdsEditor::onEdited);
    connect(m_interval, &QDoubleSpinBox::valueChanged, this, [this](double s) {
        if (!m_loading)
            Q_EMIT intervalEdited(int(s * 1000.0 + 0.5));
    });
}

void ThresholdsEditor::setThresholds(const MonitorThresholds &t)
{
    m_loading = true;
    m_window->setValue(t.window);
    m_degradedRtt->setValue(t.degradedRttMs);
    m_degradedLoss->setValue(t.degradedLoss * 100.0);
    m_downLoss->setValue(t.downLoss * 100.0);
    m_downAfterLost->setValue(t.downAfterLost);
    m_loading = false;
    onEdited();
}

MonitorThresholds ThresholdsEditor::thresholds() const
{
    MonitorThresholds t;
    t.window = m_window->value();
    t.degradedRttMs = m_degradedRtt->value();
    t.degradedLoss = m_degradedLoss->value() / 100.0;
    t.downLoss = m_downLoss->value() / 100.0;
    t.downAfterLost = m_downAfterLost->value();
    return t;
}

void ThresholdsEditor::setIntervalMs(int ms)
{
    m_loading = true;
    m_interval->setValue(ms / 1000.0);
    m_loading = false;
}

int ThresholdsEditor::intervalMs() const { return int(m_interval->value() * 1000.0 + 0.5); }
bool ThresholdsEditor::isValid() const { return m_valid; }
QString ThresholdsEditor::errorText() const { return m_error->text(); }

void ThresholdsEditor::onEdited()
{
    if (m_loading)
        return;
    QString error;
    const MonitorThresholds t = thresholds();
    const bool valid = t.isValid(&error);
    m_error->setText(valid ? QString() : error);
    m_error->setVisible(!valid);
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validChanged(valid);
    }
    if (valid)
        Q_EMIT thresholdsEdited(t);
}
