#pragma once

#include "core/model/enums.h"

// What RouteStudio generates per platform: one answer shared by validation and
// the editor's choices, so the Transport list offers only what validation accepts.
namespace PlatformSupport {

// Cisco IOS and pfSense tunnels are route-based (VTI, selectors 0.0.0.0/0).
bool routeBasedOnly(Platform p);
// RouteStudio generates an L2TP link end (dial-out, per-gateway PPP routes).
bool generatesL2tpLink(Platform p);

} // namespace PlatformSupport
