#pragma once

#include "core/routes/dhcpanswer.h"
#include "platform/common/routelookup.h"
#include "platform/common/routespec.h"
#include "platform/common/systemroute.h"

#include <QList>
#include <optional>

// Installs and inspects routes. add() and remove() take a whole batch for
// one interface and are all-or-nothing: on failure nothing of the batch is
// left behind (add) and `error` says which route failed and why.
class RouteBackend
{
public:
    virtual ~RouteBackend() = default;

    virtual QString name() const = 0;
    virtual bool add(const QList<RouteSpec> &routes, QString *error) = 0;
    // Removing a route that is already gone (its interface went away) is success.
    virtual bool remove(const QList<RouteSpec> &routes, QString *error) = 0;
    // Every IPv4 route of the main table; `interface` empty = all interfaces.
    virtual std::optional<QList<SystemRoute>> list(const QString &interface, QString *error) = 0;
    virtual std::optional<RouteLookup> lookup(Ipv4Address address, QString *error) = 0;
    // The hub's answer to a DHCPINFORM sent through the tunnel `interface`
    // (docs/route-push.md): its routes for this user's profile, DNS and domain.
    // nullopt with `error` when it did not answer or this OS cannot ask.
    virtual std::optional<DhcpAnswer> askHub(const QString &interface, QString *error)
    {
        Q_UNUSED(interface);
        *error = QStringLiteral("asking the hub for routes is not supported by %1").arg(name());
        return std::nullopt;
    }
};
