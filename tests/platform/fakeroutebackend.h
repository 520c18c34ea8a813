#pragma once

// An in-memory RouteBackend: a routing table the test can seed (the client's
// LAN, a default route) and inspect, with longest-prefix lookups and an
// injectable failure.

#include "platform/common/routebackend.h"

class FakeRouteBackend final : public RouteBackend
{
public:
    QList<SystemRoute> table;
    QString failOnAdd; // a prefix whose add fails the batch
    int addCalls = 0;
    int removeCalls = 0;
    std::optional<DhcpAnswer> hubAnswer; // what askHub() returns; nullopt: the hub is silent
    QStringList askedOn;                  // the interfaces askHub() was called for

    FakeRouteBackend()
    {
        SystemRoute lan;
        lan.destination = *Ipv4Prefix::parse(u"192.168.1.0/24");
        lan.interface = QStringLiteral("eth0");
        lan.connected = true;
        SystemRoute def;
        def.destination = Ipv4Prefix(Ipv4Address(0), 0);
        def.interface = QStringLiteral("eth0");
        def.gateway = Ipv4Address::parse(u"192.168.1.1");
        table = {def, lan};
    }

    QList<SystemRoute> ours() const
    {
        QList<SystemRoute> out;
        for (const SystemRoute &r : table) {
            if (r.ours)
                out.append(r);
        }
        return out;
    }

    QString name() const override { return QStringLiteral("fake-routes"); }
    bool add(const QList<RouteSpec> &routes, QString *error) override
    {
        ++addCalls;
        for (const RouteSpec &r : routes) {
            if (r.destination.toString() == failOnAdd) {
                *error = QStringLiteral("%1: File exists").arg(failOnAdd);
                return false; // nothing of the batch was added
            }
        }
        for (const RouteSpec &r : routes) {
            SystemRoute s;
            s.destination = r.destination;
            s.interface = r.interface;
            s.gateway = r.gateway;
            s.ours = true;
            table.append(s);
        }
        return true;
    }
    bool remove(const QList<RouteSpec> &routes, QString *) override
    {
        ++removeCalls;
        for (const RouteSpec &r : routes) {
            table.erase(std::remove_if(table.begin(), table.end(),
                                       [&r](const SystemRoute &s) {
                                           return s.ours && s.destination == r.destination &&
                                                  s.interface == r.interface;
                                       }),
                        table.end());
        }
        return true;
    }
    std::optional<QList<SystemRoute>> list(const QString &interface, QString *) override
    {
        QList<SystemRoute> out;
        for (const SystemRoute &r : table) {
            if (interface.isEmpty() || r.interface == interface)
                out.append(r);
        }
        return out;
    }
    std::optional<DhcpAnswer> askHub(const QString &interface, QString *error) override
    {
        askedOn << interface;
        if (!hubAnswer)
            *error = QStringLiteral("no DHCP answer on %1").arg(interface);
        return hubAnswer;
    }
    std::optional<RouteLookup> lookup(Ipv4Address a, QString *error) override
    {
        const SystemRoute *best = nullptr;
        for (const SystemRoute &r : table) {
            if (r.destination.contains(a) &&
                (!best || r.destination.length() > best->destination.length()))
                best = &r;
        }
        if (!best) {
            *error = QStringLiteral("Network is unreachable");
            return std::nullopt;
        }
        return RouteLookup{best->interface, best->gateway, std::nullopt};
    }
};
