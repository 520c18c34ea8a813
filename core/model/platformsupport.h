#pragma once

#include "core/model/enums.h"

// What RouteStudio generates per platform: one answer shared by validation and
// the editor's choices, so the Transport list offers only what validation accepts.
namespace PlatformSupport {

// Cisco IOS and pfSense tunnels are route-based (VTI, selectors 0.0.0.0/0).
bool routeBasedOnly(Platform p);
// RouteStudio generates an L2TP link end (dial-out, per-gateway PPP routes).
bool generatesL2tpLink(Platform p);
// RouteStudio generates a backup link end (docs/failover.md): linux-strongswan
// (a second XFRM interface, routes with metrics, fast dead peer detection) and
// cisco-ios (a VTI per link, floating static routes, periodic DPD).
bool generatesFailover(Platform p);

} // namespace PlatformSupport
