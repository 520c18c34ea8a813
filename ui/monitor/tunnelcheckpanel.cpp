#include "ui/monitor/tunnelcheckpanel.h"

#include "ui/monitor/statecolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

TunnelCheckPanel::TunnelCheckPanel(QWidget *parent)
    : QWidget(parent),
      m_check(new QPushButton(tr("Check routes"), this)),
      m_reapply(new QPushButton(tr("Re-apply missing routes"), this)),
      m_summary(new QLabel(this)),
      m_list(new QListWidget(this))
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_reapply);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    m_summary->setWordWrap(true);
    connect(m_check, &QPushButton::clicked, this, &TunnelCheckPanel::check);
    connect(m_reapply, &QPushButton::clicked, this, &TunnelCheckPanel::reapply);
    setContext(nullptr, QString(), QString(), {});
}

void TunnelCheckPanel::setContext(RouteInspector *inspector, const QString &profileId,
                                  const QString &tunnelInterface, const QList<Ipv4Prefix> &routes)
{
    m_inspector = inspector;
    m_profile = profileId;
    m_interface = tunnelInterface;
    m_routes = routes;
    m_last.reset();
    m_list->clear();
    const bool ready = m_inspector && !m_interface.isEmpty();
    m_check->setEnabled(ready);
    m_reapply->setEnabled(false);
    m_summary->setText(ready ? tr("%n route(s) to check on %1.", nullptr, int(routes.size())).arg(m_interface)
                             : tr("Connect a profile to check its routes."));
}

void TunnelCheckPanel::check()
{
    if (!m_inspector || m_interface.isEmpty())
        return;
    show(TunnelCheck::run(*m_inspector, m_interface, m_routes));
}

void TunnelCheckPanel::reapply()
{
    if (!m_inspector || !m_last)
        return;
    QString error;
    const TunnelCheck after = TunnelCheck::reapply(*m_inspector, *m_last, &error);
    show(after);
    if (!error.isEmpty())
        m_summary->setText(tr("Re-applying failed: %1").arg(error));
}

void TunnelCheckPanel::show(const TunnelCheck &check)
{
    m_last = check;
    m_list->clear();
    const QStringList lines = check.describe();
    for (int i = 0; i < lines.size(); ++i) {
        auto *item = new QListWidgetItem(lines[i], m_list);
        const bool ok = check.entries()[i].status == TunnelCheck::Entry::Status::InTunnel;
        item->setForeground(StateColors::color(ok ? TargetState::Up : TargetState::Down));
    }
    const int missing = int(check.misrouted().size());
    m_reapply->setEnabled(missing > 0);
    m_summary->setText(missing == 0
                           ? tr("All %n route(s) point into %1.", nullptr, int(check.entries().size()))
                                 .arg(m_interface)
                           : tr("%n route(s) no longer point into %1. Re-apply them?", nullptr, missing)
                                 .arg(m_interface));
    Q_EMIT checked(m_profile, check.inTunnel(), int(check.entries().size()));
}
