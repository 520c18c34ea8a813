#pragma once

#include "platform/common/clientprofile.h"
#include "platform/common/routespec.h"
#include "platform/common/routeverdict.h"
#include "platform/common/tunnelinfo.h"

#include <QElapsedTimer>
#include <QObject>
#include <optional>

class ProcessRunner;
class QHostInfo;
class RouteBackend;
class VpnBackend;

// One user's connection: brings the OS VPN up, then installs, verifies and
// later removes the profile's routes. OS-neutral: it talks to a VpnBackend
// and a RouteBackend only.
//
// connect (for the hub, then, when it does not answer and the profile has one,
// its backup hub): resolve the server (a DNS name without blocking: connectVpn
// then returns true with the state Connecting, and stateChanged tells the
// outcome) → look up its physical route → ensure profile →
// VPN up → find the tunnel → the routes: the hub's answer to a DHCPINFORM when
// the profile's routesFrom says hub (with the profile's too for both; the
// profile's alone for profile or with no answer) →
// preflight every route against the current table
// → pin a host route to the server via the physical gateway → install the
// accepted routes (one batch) → verify each by a route lookup.
// Any failure rolls back what this session added and takes the VPN down.
// disconnect: remove exactly what this session added, then VPN down.
// poll(): notices a dropped VPN (cleans up) or a new tunnel address
// (re-applies the routes).
class ConnectSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectSession)

public:
    enum class State { Idle, Connecting, Connected, Disconnecting, Failed };
    Q_ENUM(State)

    ConnectSession(VpnBackend *vpn, RouteBackend *routes, ProcessRunner *runner,
                   QObject *parent = nullptr);

    void setProfile(const ClientProfile &profile);
    const ClientProfile &profile() const { return m_profile; }
    // Whether profile() is the backup hub's: the hub did not answer.
    bool onBackup() const { return m_onBackup; }

    State state() const { return m_state; }
    QString lastError() const { return m_error; }
    const QList<RouteVerdict> &verdicts() const { return m_verdicts; }
    const QList<RouteSpec> &installed() const { return m_installed; }
    std::optional<TunnelInfo> tunnel() const { return m_tunnel; }
    qint64 elapsedMs() const;

    static QString stateText(State s);

public Q_SLOTS:
    bool connectVpn();
    bool disconnectVpn();
    void poll();

Q_SIGNALS:
    void stateChanged(ConnectSession::State state);
    void routesChanged();
    // The server changed: profile() is now the backup hub's (failover).
    void serverChanged();
    void logLine(const QString &line);

private:
    void setState(State s);
    bool fail(const QString &error);
    bool dial();
    bool dialResolved();
    bool finishConnect();
    void takeAddress(const QHostInfo &info);
    bool installRoutes();
    QList<Ipv4Prefix> plannedRoutes();
    bool removeInstalled();
    void verify();
    void log(const QString &line);

    VpnBackend *m_vpn;
    RouteBackend *m_routes;
    ProcessRunner *m_runner;
    ClientProfile m_chosen;  // as set: the hub first, its backup second
    ClientProfile m_profile; // the one connected or connecting now
    bool m_onBackup = false;
    QString m_firstError;  // the hub's, when its backup is dialled
    quint64 m_attempt = 0; // which dial a DNS answer belongs to
    State m_state = State::Idle;
    QString m_error;
    std::optional<Ipv4Address> m_server;
    std::optional<RouteSpec> m_pinTemplate; // server host route via the physical path
    std::optional<TunnelInfo> m_tunnel;
    QList<RouteVerdict> m_verdicts;
    QList<RouteSpec> m_installed;
    QList<Ipv4Prefix> m_planned; // this connection's routes (profile's or the hub's)
    QElapsedTimer m_since;
};
