#pragma once

#include "core/net/ipv4prefix.h"

#include <QString>
#include <optional>

// A route as the OS lists it.
struct SystemRoute
{
    Ipv4Prefix destination;
    QString interface;
    std::optional<Ipv4Address> gateway;
    bool connected = false; // a subnet attached to the interface (scope link / proto kernel)
    bool ours = false;      // added by RouteStudio (Linux: protocol "routestudio")
};
