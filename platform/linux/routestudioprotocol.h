#pragma once

// The rtnetlink protocol number RouteStudio's helper stamps on every route it
// adds (rtm_protocol; `ip route show proto 158`). remove and list touch only
// routes with this number, so the helper can never delete a route it did not
// add. Plain C++: included by the Qt-free helper too.
namespace RouteStudioProtocol {
constexpr unsigned char kRtProtocol = 158;
}
