#pragma once

#include "core/monitor/routeinspector.h"

#include <QList>
#include <QString>

// The tunnel check: does each route the profile installed still send traffic
// into the tunnel interface? Routes vanish when the PPP interface flaps, and
// then traffic for the far LANs silently takes the default route. For each
// route it looks up one address inside it (the first host; 192.0.2.1 for the
// default route of a full tunnel) and compares the outgoing interface.
class TunnelCheck
{
public:
    struct Entry
    {
        enum class Status { InTunnel, Elsewhere, Failed };
        Ipv4Prefix route;
        Ipv4Address probe;
        Status status = Status::Failed;
        QString interface; // where the lookup says packets go
        QString error;     // Failed: why
    };

    static TunnelCheck run(RouteInspector &inspector, const QString &tunnelInterface,
                           const QList<Ipv4Prefix> &routes);
    static Ipv4Address probeAddress(const Ipv4Prefix &route);

    const QString &tunnelInterface() const { return m_interface; }
    const QList<Entry> &entries() const { return m_entries; }
    int inTunnel() const;
    bool allInTunnel() const { return inTunnel() == m_entries.size(); }
    // The routes to re-apply: every one not in the tunnel.
    QList<Ipv4Prefix> misrouted() const;
    // One line per route for people ("10.20.0.0/16 -> eth0 (expected ppp0)").
    QStringList describe() const;

    // Re-applies the misrouted routes, then checks again.
    static TunnelCheck reapply(RouteInspector &inspector, const TunnelCheck &previous,
                               QString *error);

private:
    QString m_interface;
    QList<Entry> m_entries;
};
