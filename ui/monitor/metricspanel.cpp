#include "ui/monitor/metricspanel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

MetricsPanel::MetricsPanel(MetricsServer::Provider provider, QWidget *parent)
    : QWidget(parent),
      m_server(new MetricsServer(std::move(provider), this)),
      m_enable(new QCheckBox(tr("Serve Prometheus metrics at /metrics"), this)),
      m_address(new QLineEdit(QStringLiteral("127.0.0.1"), this)),
      m_port(new QSpinBox(this)),
      m_status(new QLabel(this))
{
    m_port->setRange(1, 65535);
    m_port->setValue(MetricsServer::kDefaultPort);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(m_enable);
    form->addRow(tr("Listen on"), m_address);
    form->addRow(tr("Port"), m_port);
    form->addRow(m_status);
    connect(m_enable, &QCheckBox::toggled, this, &MetricsPanel::apply);
    connect(m_address, &QLineEdit::editingFinished, this, &MetricsPanel::apply);
    connect(m_port, &QSpinBox::editingFinished, this, &MetricsPanel::apply);
    apply();
}

QString MetricsPanel::statusText() const { return m_status->text(); }

void MetricsPanel::apply()
{
    if (!m_enable->isChecked()) {
        m_server->close();
        m_status->setText(tr("Off."));
        return;
    }
    const QHostAddress address(m_address->text().trimmed());
    if (address.isNull()) {
        m_server->close();
        m_status->setText(tr("\"%1\" is not an IP address.").arg(m_address->text()));
        return;
    }
    if (m_server->isListening() && m_server->address() == address && m_server->port() == m_port->value())
        return;
    QString error;
    if (!m_server->listen(address, quint16(m_port->value()), &error)) {
        m_status->setText(error);
        return;
    }
    const QString url = QStringLiteral("http://%1:%2/metrics")
                            .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                                     ? QStringLiteral("[%1]").arg(address.toString())
                                     : address.toString())
                            .arg(m_server->port());
    m_status->setText(address.isLoopback()
                          ? tr("Serving %1 (this machine only).").arg(url)
                          : tr("Serving %1. Other machines can read it: the metrics name your "
                               "sites, links and addresses.")
                                .arg(url));
}
