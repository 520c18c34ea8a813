#pragma once

#include "platform/common/routeverdict.h"
#include "platform/common/systemroute.h"

#include <QList>
#include <QString>
#include <optional>

// Checks the planned routes against the client's current routing table
// before anything is installed. A pure function: no I/O.
// - refused: a route that overlaps a subnet attached to one of the client's
//   own (non-tunnel) interfaces — it would hijack the user's LAN (or, if
//   broader, make part of the remote network unreachable); the reason names
//   the subnet and the interface. Full tunnel is the exception for broader
//   routes: the halves 0.0.0.0/1 and 128.0.0.0/1 must cover the LAN, whose
//   own more specific route keeps it local;
// - refused: a route that exactly duplicates a route on another interface
//   (another VPN or the admin's own route owns it);
// - refused: a route that contains the VPN server's address when no host
//   route can be pinned (no physical route to the server is known);
// Accepted routes keep State::Planned.
namespace RoutePreflight {

struct Input
{
    QList<Ipv4Prefix> planned;
    QList<SystemRoute> current;
    QString tunnelInterface;
    std::optional<Ipv4Address> server; // the VPN server's address, if known
    bool serverPinned = false;         // a host route to the server is (being) kept
    bool fullTunnel = false;
};

QList<RouteVerdict> check(const Input &input);

} // namespace RoutePreflight
