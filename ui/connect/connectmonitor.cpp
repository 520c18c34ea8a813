#include "ui/connect/connectmonitor.h"

#include "core/monitor/monitortargets.h"
#include "core/monitor/tunnelmonitor.h"
#include "platform/common/connectsession.h"
#include "ui/connect/profileform.h"
#include "ui/monitor/monitorwidget.h"
#include "ui/monitor/routebackendinspector.h"
#include "ui/monitor/tunnelcheckpanel.h"

#include <QTimer>

ConnectMonitor::ConnectMonitor(ConnectSession *session, ProfileForm *form, Prober *prober,
                               RouteBackend *routes, QObject *parent)
    : QObject(parent), m_session(session), m_form(form),
      m_monitor(new TunnelMonitor(prober, this)),
      m_inspector(std::make_unique<RouteBackendInspector>(routes)),
      m_widget(new MonitorWidget(m_monitor, nullptr, QStringLiteral("monitor/connect"))), m_checkTimer(new QTimer(this))
{
    m_widget->setObjectName(QStringLiteral("connectMonitor"));
    m_checkTimer->setInterval(kCheckMs);
    connect(m_checkTimer, &QTimer::timeout, this, &ConnectMonitor::checkRoutes);
    connect(m_session, &ConnectSession::stateChanged, this, &ConnectMonitor::onSessionState);
    // A reconnect with a new tunnel re-applies the routes: check them again.
    connect(m_session, &ConnectSession::routesChanged, this, [this] {
        if (m_connected)
            onSessionState();
    });
    connect(m_monitor, &TunnelMonitor::targetStateChanged, this, &ConnectMonitor::updateState);
    connect(m_monitor, &TunnelMonitor::targetsChanged, this, &ConnectMonitor::updateState);
    connect(m_monitor, &TunnelMonitor::runningChanged, this, &ConnectMonitor::updateState);
    connect(m_widget->tunnelCheck(), &TunnelCheckPanel::checked, this,
            [this](const QString &, int inTunnel, int expected) {
                Q_EMIT routesChecked(expected - inTunnel, expected);
            });
}

ConnectMonitor::~ConnectMonitor()
{
    // The widget (in the window's layout) uses the monitor and the inspector.
    delete m_widget.data();
}

void ConnectMonitor::onSessionState()
{
    const auto tunnel = m_session->tunnel();
    m_connected = m_session->state() == ConnectSession::State::Connected && tunnel;
    if (!m_connected) {
        m_monitor->stop();
        m_checkTimer->stop();
        if (m_widget)
            m_widget->tunnelCheck()->setContext(nullptr, QString(), QString(), {});
        updateState();
        return;
    }
    const ClientProfile &profile = m_session->profile();
    QList<Ipv4Prefix> routes;
    for (const RouteSpec &r : m_session->installed()) {
        if (r.interface == tunnel->interface)
            routes.append(r.destination);
    }
    QStringList errors;
    ProbeTargets targets = MonitorTargets::forClient(
        profile.profileId, profile.hubId, tunnel->peer, m_form->hubPppAddress(), routes,
        m_form->profileExtra(), &errors);
    for (const QString &e : std::as_const(errors))
        Q_EMIT message(tr("monitor target skipped: %1").arg(e));
    for (const ProbeTarget &t : m_monitor->targets()) {
        if (t.kind == ProbeTarget::Kind::Named && t.profile.isEmpty())
            targets.append(t); // hosts the user added stay
    }
    m_monitor->setTargets(targets);
    if (m_widget)
        m_widget->tunnelCheck()->setContext(m_inspector.get(), profile.profileId,
                                            tunnel->interface, routes);
    m_monitor->start();
    m_checkTimer->start();
    checkRoutes();
    updateState();
}

void ConnectMonitor::checkRoutes()
{
    if (m_connected && m_widget)
        m_widget->tunnelCheck()->check();
}

void ConnectMonitor::updateState()
{
    // Stopped by the user: the last states are history, not the tunnel's state.
    const TargetState next = m_connected && m_monitor->isRunning()
                                 ? m_monitor->profileState(m_session->profile().profileId)
                                 : TargetState::Unknown;
    if (next == m_state)
        return;
    m_state = next;
    Q_EMIT stateChanged(next);
}
