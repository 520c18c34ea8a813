#pragma once

#include "core/net/ipv4prefix.h"

#include <QList>
#include <QString>
#include <optional>

// What the tunnel check needs from the OS: a route lookup and a way to put
// routes back. The UI adapts the platform's RouteBackend to this; tests use
// a fake.
class RouteInspector
{
public:
    virtual ~RouteInspector() = default;

    // The interface a packet to `address` would leave on; nullopt with a
    // sentence in `error` when the lookup fails (no route at all, say).
    virtual std::optional<QString> interfaceFor(Ipv4Address address, QString *error) = 0;
    // Installs `routes` into `interface` again (all or nothing).
    virtual bool reapply(const QList<Ipv4Prefix> &routes, const QString &interface,
                         QString *error) = 0;
};
