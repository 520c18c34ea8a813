#pragma once

#include "core/net/ipv4prefix.h"

#include <QList>
#include <QString>
#include <optional>

// A route RouteStudio installs: a destination on one interface, directly or
// through a gateway (the pinned host route to the VPN server uses the
// physical gateway).
struct RouteSpec
{
    Ipv4Prefix destination;
    QString interface;
    std::optional<Ipv4Address> gateway;

    friend bool operator==(const RouteSpec &a, const RouteSpec &b)
    {
        return a.destination == b.destination && a.interface == b.interface &&
               a.gateway == b.gateway;
    }
};
