#pragma once

#include "core/monitor/monitorthresholds.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

// Edits MonitorThresholds and the probe interval. Emits thresholdsEdited()
// only for values that pass MonitorThresholds::isValid(); otherwise shows why.
class ThresholdsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdsEditor)

public:
    explicit ThresholdsEditor(QWidget *parent = nullptr);

    void setThresholds(const MonitorThresholds &thresholds);
    MonitorThresholds thresholds() const;
    void setIntervalMs(int ms);
    int intervalMs() const;
    bool isValid() const;
    QString errorText() const;

    QSpinBox *windowBox() const { return m_window; }
    QDoubleSpinBox *degradedRttBox() const { return m_degradedRtt; }

Q_SIGNALS:
    void thresholdsEdited(const MonitorThresholds &thresholds);
    void intervalEdited(int ms);
    void validChanged(bool valid);

private:
    void onEdited();

    QSpinBox *m_window;
    QDoubleSpinBox *m_degradedRtt;
    QDoubleSpinBox *m_degradedLoss;
    QDoubleSpinBox *m_downLoss;
    QSpinBox *m_downAfterLost;
    QDoubleSpinBox *m_interval;
    QLabel *m_error;
    bool m_valid = true;
    bool m_loading = false;
};
