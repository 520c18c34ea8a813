#pragma once

#include "core/monitor/targetstate.h"

#include <QObject>
#include <QPointer>
#include <memory>

class ConnectSession;
class MonitorWidget;
class ProfileForm;
class Prober;
class QTimer;
class RouteBackend;
class RouteBackendInspector;
class TunnelMonitor;

// Monitoring in the connect window: while the session is connected it probes
// the profile's targets (the hub's PPP address and the routed LANs'
// gateways, MonitorTargets::forClient, plus hosts the user adds), shows them
// in a MonitorWidget, and runs the tunnel route check (every kCheckMs and
// right after connecting) so lost routes are found and can be re-applied.
// It reports the profile's state for the tray; Unknown while not connected
// or while the user has stopped probing.
class ConnectMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectMonitor)

public:
    static constexpr int kCheckMs = 30000;

    ConnectMonitor(ConnectSession *session, ProfileForm *form, Prober *prober,
                   RouteBackend *routes, QObject *parent = nullptr);
    ~ConnectMonitor() override;

    MonitorWidget *widget() const { return m_widget; }
    TunnelMonitor *monitor() const { return m_monitor; }
    TargetState state() const { return m_state; }

public Q_SLOTS:
    void checkRoutes();

Q_SIGNALS:
    void stateChanged(TargetState state);
    // After each tunnel check: routes no longer in the tunnel (0 when all are).
    void routesChecked(int misrouted, int expected);
    // For the log: monitor targets that were skipped, and why.
    void message(const QString &line);

private:
    void onSessionState();
    void updateState();

    ConnectSession *m_session;
    ProfileForm *m_form;
    TunnelMonitor *m_monitor;
    std::unique_ptr<RouteBackendInspector> m_inspector;
    QPointer<MonitorWidget> m_widget;
    QTimer *m_checkTimer;
    TargetState m_state = TargetState::Unknown;
    bool m_connected = false;
};
