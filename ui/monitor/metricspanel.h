#pragma once

#include "core/monitor/metricsserver.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Switches the Prometheus endpoint on and off. Off by default; the address
// field starts at 127.0.0.1 (loopback) and the panel warns when the user
// picks an address that other machines can reach.
class MetricsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsPanel)

public:
    MetricsPanel(MetricsServer::Provider provider, QWidget *parent = nullptr);

    MetricsServer *server() const { return m_server; }
    QCheckBox *enableBox() const { return m_enable; }
    QLineEdit *addressEdit() const { return m_address; }
    QSpinBox *portBox() const { return m_port; }
    QString statusText() const;

private:
    void apply();

    MetricsServer *m_server;
    QCheckBox *m_enable;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QLabel *m_status;
};
