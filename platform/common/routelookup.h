#pragma once

#include "core/net/ipv4address.h"

#include <QString>
#include <optional>

// The OS's answer to "where does a packet to this address go?".
struct RouteLookup
{
    QString interface;
    std::optional<Ipv4Address> gateway;
    std::optional<Ipv4Address> source;
};
