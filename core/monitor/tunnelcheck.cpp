#include "core/monitor/tunnelcheck.h"

#include "core/monitor/monitortargets.h"

#include <QStringList>

Ipv4Address TunnelCheck::probeAddress(const Ipv4Prefix &route)
{
    if (route.length() == 0)
        return Ipv4Address((192u << 24) | (2u << 8) | 1u); // TEST-NET-1: only the default route covers it
    return MonitorTargets::firstHost(route.network());
}

TunnelCheck TunnelCheck::run(RouteInspector &inspector, const QString &tunnelInterface,
                             const QList<Ipv4Prefix> &routes)
{
    TunnelCheck check;
    check.m_interface = tunnelInterface;
    for (const Ipv4Prefix &route : routes) {
        Entry e;
        e.route = route;
        e.probe = probeAddress(route);
        if (tunnelInterface.isEmpty()) {
            e.error = QStringLiteral("the tunnel is not up");
            check.m_entries.append(e);
            continue;
        }
        QString error;
        const std::optional<QString> iface = inspector.interfaceFor(e.probe, &error);
        if (!iface) {
            e.error = error.isEmpty() ? QStringLiteral("route lookup failed") : error;
        } else {
            e.interface = *iface;
            e.status = *iface == tunnelInterface ? Entry::Status::InTunnel : Entry::Status::Elsewhere;
        }
        check.m_entries.append(e);
    }
    return check;
}

int TunnelCheck::inTunnel() const
{
    int n = 0;
    for (const Entry &e : m_entries)
        n += e.status == Entry::Status::InTunnel ? 1 : 0;
    return n;
}

QList<Ipv4Prefix> TunnelCheck::misrouted() const
{
    QList<Ipv4Prefix> out;
    for (const Entry &e : m_entries) {
        if (e.status != Entry::Status::InTunnel)
            out.append(e.route);
    }
    return out;
}

QStringList TunnelCheck::describe() const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        const QString route = e.route.toString();
        switch (e.status) {
        case Entry::Status::InTunnel:
            out.append(QStringLiteral("%1 -> %2 (ok)").arg(route, e.interface));
            break;
        case Entry::Status::Elsewhere:
            out.append(QStringLiteral("%1 -> %2 (expected %3)").arg(route, e.interface, m_interface));
            break;
        case Entry::Status::Failed:
            out.append(QStringLiteral("%1: %2").arg(route, e.error));
            break;
        }
    }
    return out;
}

TunnelCheck TunnelCheck::reapply(RouteInspector &inspector, const TunnelCheck &previous,
                                 QString *error)
{
    const QList<Ipv4Prefix> missing = previous.misrouted();
    QList<Ipv4Prefix> all;
    for (const Entry &e : previous.m_entries)
        all.append(e.route);
    if (!missing.isEmpty() && !previous.m_interface.isEmpty()
        && !inspector.reapply(missing, previous.m_interface, error)) {
        return previous;
    }
    return run(inspector, previous.m_interface, all);
}
