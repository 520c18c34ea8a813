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
// (a second XFRM interface, routes with metrics, fast dead peer detection),
// cisco-ios (a VTI per link, floating static routes, periodic DPD), mikrotik
// and pfsense (probed: below).
bool generatesFailover(Platform p);
// Platforms whose boxes switch paths on a probe across the tunnel rather than
// on routes leaving with the IKE_SA (docs/failover.md): mikrotik (netwatch,
// one policy per destination active) and pfsense (gateway monitoring, a
// gateway group). A link that fails over with such an end carries its transit
// addresses (LinkTransits); the other end must answer there: a Linux end or
// one of the same platform.
bool probesFailover(Platform p);

} // namespace PlatformSupport
