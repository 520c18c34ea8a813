#include "platform/common/connectsession.h"

#include "platform/common/processrunner.h"
#include "platform/common/routebackend.h"
#include "platform/common/routepreflight.h"
#include "platform/common/vpnbackend.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QTimer>

namespace {

// The address a verification lookup asks about: a host inside the prefix.
Ipv4Address probeAddress(const Ipv4Prefix &p)
{
    return Ipv4Address(p.length() >= 31 ? p.first() : p.first() + 1);
}

} // namespace

ConnectSession::ConnectSession(VpnBackend *vpn, RouteBackend *routes, ProcessRunner *runner,
                               QObject *parent)
    : QObject(parent), m_vpn(vpn), m_routes(routes), m_runner(runner)
{
    QObject::connect(m_runner, &ProcessRunner::logLine, this, &ConnectSession::logLine);
}

void ConnectSession::setProfile(const ClientProfile &profile)
{
    m_chosen = profile;
    m_profile = profile;
    m_runner->addSecret(profile.password);
    m_runner->addSecret(profile.psk);
    m_verdicts.clear();
    for (const Ipv4Prefix &p : profile.routes)
        m_verdicts.append(RouteVerdict{p, RouteVerdict::State::Planned, QString()});
    Q_EMIT routesChanged();
}

qint64 ConnectSession::elapsedMs() const
{
    return m_state == State::Connected && m_since.isValid() ? m_since.elapsed() : 0;
}

QString ConnectSession::stateText(State s)
{
    switch (s) {
    case State::Idle:
        return tr("Disconnected");
    case State::Connecting:
        return tr("Connecting");
    case State::Connected:
        return tr("Connected");
    case State::Disconnecting:
        return tr("Disconnecting");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

void ConnectSession::log(const QString &line)
{
    m_runner->log(line);
}

void ConnectSession::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    if (s == State::Connected)
        m_since.start();
    Q_EMIT stateChanged(s);
}

bool ConnectSession::fail(const QString &error)
{
    m_error = error;
    log(tr("error: %1").arg(error));
    setState(State::Failed);
    return false;
}

// The first IPv4 address of a finished lookup of the server.
void ConnectSession::takeAddress(const QHostInfo &info)
{
    for (const QHostAddress &a : info.addresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol) {
            m_server = Ipv4Address(a.toIPv4Address());
            log(tr("%1 resolves to %2").arg(m_profile.gateway, m_server->toString()));
            return;
        }
    }
    log(tr("warning: %1 does not resolve to an IPv4 address; no host route is pinned")
            .arg(m_profile.gateway));
}

bool ConnectSession::connectVpn()
{
    if (m_state == State::Connecting || m_state == State::Connected)
        return false;
    if (!m_chosen.isValid())
        return fail(tr("no profile to connect"));
    m_error.clear();
    setState(State::Connecting);
    m_profile = m_chosen;
    m_onBackup = false;
    m_firstError.clear();
    return dial();
}

// One server: a DNS name is looked up without blocking (the event loop goes
// on; dialResolved() continues when the answer comes), a literal at once.
bool ConnectSession::dial()
{
    log(tr("connecting %1 to %2 as %3 (%4, %5)")
            .arg(m_profile.connectionName, m_profile.gateway, m_profile.user, m_vpn->name(),
                 m_routes->name()));
    m_server.reset();
    const quint64 attempt = ++m_attempt;
    if (const auto literal = Ipv4Address::parse(m_profile.gateway)) {
        m_server = literal;
        return dialResolved();
    }
    QHostInfo::lookupHost(m_profile.gateway, this, [this, attempt](const QHostInfo &info) {
        if (attempt != m_attempt || m_state != State::Connecting)
            return; // a newer attempt, or the session moved on
        takeAddress(info);
        dialResolved();
    });
    return true;
}

// The server's physical route (the host route pinned later), the OS VPN
// profile, the connection; when the hub does not answer and the profile has
// a backup hub, the same through it (docs/failover.md). A failure before the
// connection was asked for is not the server's: no backup is tried.
bool ConnectSession::dialResolved()
{
    m_pinTemplate.reset();
    QString error;
    if (m_server) {
        if (const auto via = m_routes->lookup(*m_server, &error)) {
            m_pinTemplate = RouteSpec{Ipv4Prefix(*m_server, 32), via->interface, via->gateway};
            log(tr("the server is reached via %1%2")
                    .arg(via->interface,
                         via->gateway ? tr(" gateway %1").arg(via->gateway->toString())
                                      : QString()));
        } else {
            log(tr("warning: no route to the server %1: %2").arg(m_server->toString(), error));
        }
    }
    if (!m_vpn->ensureProfile(m_profile, &error))
        return fail(error);
    if (m_vpn->connect(m_profile, &error)) {
        if (m_onBackup)
            log(tr("connected through the backup server %1 (hub %2)")
                    .arg(m_profile.gateway, m_profile.hubId));
        return finishConnect();
    }
    if (m_onBackup) {
        return fail(tr("neither the server %1 nor its backup %2 answered: %3; %4")
                        .arg(m_chosen.gateway, m_chosen.backupGateway, m_firstError, error));
    }
    if (!m_chosen.hasBackup())
        return fail(error);
    log(tr("the server %1 did not answer (%2); trying the backup server %3 of hub %4")
            .arg(m_chosen.gateway, error, m_chosen.backupGateway, m_chosen.backupHubId));
    QString ignored; // no half-open attempt left behind on the OS side
    m_vpn->disconnect(m_profile, &ignored);
    m_firstError = error;
    m_profile = m_chosen.throughBackup();
    m_onBackup = true;
    Q_EMIT serverChanged();
    return dial();
}

// Connected: the tunnel, its routes (installed and verified), the state.
bool ConnectSession::finishConnect()
{
    QString error;
    m_tunnel = m_vpn->tunnel(m_profile, &error);
    if (!m_tunnel) {
        QString ignored;
        m_vpn->disconnect(m_profile, &ignored);
        return fail(tr("the VPN came up but its tunnel interface was not found: %1").arg(error));
    }
    log(tr("tunnel %1, local address %2").arg(m_tunnel->interface, m_tunnel->local.toString()));
    m_planned = plannedRoutes();
    if (!installRoutes()) {
        const QString why = m_error;
        QString ignored;
        m_vpn->disconnect(m_profile, &ignored);
        return fail(why);
    }
    setState(State::Connected);
    return true;
}

QList<Ipv4Prefix> ConnectSession::plannedRoutes()
{
    if (m_profile.routesFrom == RoutePush::RoutesFrom::Profile || m_profile.tunnel == TunnelMode::Full)
        return m_profile.routes;
    QString error;
    const auto answer = m_routes->askHub(m_tunnel->interface, &error);
    if (!answer) {
        log(tr("the hub gave no routes (%1); using the profile's %n route(s)", nullptr,
               int(m_profile.routes.size()))
                .arg(error));
        return m_profile.routes;
    }
    if (answer->routesOption == 0) {
        log(tr("the hub's answer has no routes; using the profile's %n route(s)", nullptr,
               int(m_profile.routes.size())));
        return m_profile.routes;
    }
    QList<Ipv4Prefix> routes;
    for (const DhcpAnswer::Route &r : answer->routes) {
        if (!routes.contains(r.destination))
            routes.append(r.destination);
    }
    log(tr("the hub answers with %n route(s) (DHCP option %1)", nullptr, int(routes.size()))
            .arg(answer->routesOption));
    if (m_profile.routesFrom == RoutePush::RoutesFrom::Both) {
        for (const Ipv4Prefix &p : m_profile.routes) {
            if (!routes.contains(p))
                routes.append(p);
        }
    }
    return routes;
}

bool ConnectSession::installRoutes()
{
    QString error;
    const auto current = m_routes->list(QString(), &error);
    if (!current) {
        m_error = tr("cannot read the routing table: %1").arg(error);
        return false;
    }
    QList<RouteSpec> batch;
    bool pinned = false;
    if (m_pinTemplate && m_pinTemplate->interface != m_tunnel->interface) {
        const bool exists = std::any_of(current->cbegin(), current->cend(), [this](const auto &r) {
            return r.destination == m_pinTemplate->destination && r.interface != m_tunnel->interface;
        });
        if (!exists)
            batch.append(*m_pinTemplate);
        pinned = true;
    }
    RoutePreflight::Input in;
    in.planned = m_planned;
    in.current = *current;
    in.tunnelInterface = m_tunnel->interface;
    in.server = m_server;
    in.serverPinned = pinned;
    in.fullTunnel = m_profile.tunnel == TunnelMode::Full;
    m_verdicts = RoutePreflight::check(in);
    for (const RouteVerdict &v : std::as_const(m_verdicts)) {
        if (v.state == RouteVerdict::State::Refused)
            log(tr("refused %1: %2").arg(v.destination.toString(), v.detail));
        else
            batch.append(RouteSpec{v.destination, m_tunnel->interface, std::nullopt});
    }
    Q_EMIT routesChanged();
    if (!m_routes->add(batch, &error)) {
        for (RouteVerdict &v : m_verdicts) {
            if (v.state == RouteVerdict::State::Planned)
                v = RouteVerdict{v.destination, RouteVerdict::State::Failed, error};
        }
        Q_EMIT routesChanged();
        m_error = tr("installing the routes failed, nothing was left behind: %1").arg(error);
        return false;
    }
    m_installed = batch;
    log(tr("installed %n route(s)", nullptr, int(batch.size())));
    for (RouteVerdict &v : m_verdicts) {
        if (v.state == RouteVerdict::State::Planned)
            v.state = RouteVerdict::State::Installed;
    }
    verify();
    return true;
}

void ConnectSession::verify()
{
    for (RouteVerdict &v : m_verdicts) {
        if (v.state != RouteVerdict::State::Installed)
            continue;
        QString error;
        const auto answer = m_routes->lookup(probeAddress(v.destination), &error);
        if (answer && answer->interface == m_tunnel->interface) {
            v.state = RouteVerdict::State::Verified;
            v.detail.clear();
        } else {
            v.state = RouteVerdict::State::NotVerified;
            v.detail = answer ? tr("a lookup of %1 answers via %2, not the tunnel")
                                    .arg(probeAddress(v.destination).toString(), answer->interface)
                              : error;
            log(tr("warning: %1 not verified: %2").arg(v.destination.toString(), v.detail));
        }
    }
    Q_EMIT routesChanged();
}

bool ConnectSession::removeInstalled()
{
    if (m_installed.isEmpty())
        return true;
    QString error;
    if (!m_routes->remove(m_installed, &error)) {
        m_error = tr("removing the routes failed: %1").arg(error);
        log(m_error);
        return false;
    }
    log(tr("removed %n route(s)", nullptr, int(m_installed.size())));
    for (RouteVerdict &v : m_verdicts) {
        if (v.state == RouteVerdict::State::Installed || v.state == RouteVerdict::State::Verified ||
            v.state == RouteVerdict::State::NotVerified)
            v.state = RouteVerdict::State::Removed;
    }
    m_installed.clear();
    Q_EMIT routesChanged();
    return true;
}

bool ConnectSession::disconnectVpn()
{
    if (m_state == State::Idle || m_state == State::Disconnecting)
        return true;
    if (m_runner->isRunning()) {
        // A poll is talking to a helper: disconnect as soon as it returns.
        QTimer::singleShot(100, this, &ConnectSession::disconnectVpn);
        return true;
    }
    setState(State::Disconnecting);
    bool ok = removeInstalled();
    QString error;
    if (!m_vpn->disconnect(m_profile, &error)) {
        m_error = error;
        ok = false;
    }
    m_tunnel.reset();
    if (!ok)
        return fail(m_error);
    setState(State::Idle);
    return true;
}

void ConnectSession::poll()
{
    if (m_state != State::Connected || m_runner->isRunning())
        return;
    QString error;
    const VpnState vs = m_vpn->status(m_profile, &error);
    if (vs != VpnState::Connected) {
        log(tr("the VPN went down; removing its routes"));
        removeInstalled();
        m_tunnel.reset();
        fail(tr("the VPN connection was lost"));
        return;
    }
    const auto now = m_vpn->tunnel(m_profile, &error);
    if (!now || *now == *m_tunnel)
        return;
    log(tr("the tunnel changed to %1 with address %2: re-applying the routes")
            .arg(now->interface, now->local.toString()));
    removeInstalled(); // routes on a vanished interface are gone already: tolerated
    m_tunnel = now;
    if (!installRoutes()) {
        const QString why = m_error;
        m_vpn->disconnect(m_profile, &error);
        m_tunnel.reset();
        fail(why);
    }
}
