#include "platform/linux/helper/helperpolicy.h"

#include <algorithm>
#include <net/if_arp.h>
#include <set>

namespace {

using Prefix = HelperRequest::Prefix;

uint32_t maskOf(int length) { return length <= 0 ? 0u : length >= 32 ? ~0u : ~(~0u >> length); }

bool covers(const Prefix &p, uint32_t address)
{
    return (address & maskOf(p.length)) == p.address;
}

bool overlaps(const Prefix &a, const Prefix &b)
{
    const int shorter = a.length < b.length ? a.length : b.length;
    return ((a.address ^ b.address) & maskOf(shorter)) == 0;
}

bool isTunnel(int linkType) { return linkType == ARPHRD_PPP || linkType == ARPHRD_NONE; }

std::string typeName(int linkType)
{
    switch (linkType) {
    case ARPHRD_LOOPBACK: return "loopback";
    case ARPHRD_ETHER: return "Ethernet, bridge or Wi-Fi";
    default: return "type " + std::to_string(linkType);
    }
}

// Loopback, multicast and the limited broadcast address never go into a tunnel.
std::string reservedProblem(const Prefix &p)
{
    if (overlaps(p, Prefix{0x7f000000u, 8}))
        return "overlaps the loopback range 127.0.0.0/8";
    if (overlaps(p, Prefix{0xe0000000u, 4}))
        return "overlaps the multicast range 224.0.0.0/4";
    if (covers(p, 0xffffffffu))
        return "covers the broadcast address 255.255.255.255";
    return {};
}

// The routes a new prefix must not cover: default routes through a gateway
// and the pinned host route to the VPN server (ours, /32, via a gateway
// elsewhere). Picked once per call, so checking N prefixes against a table of
// R routes is N times these few, not N times R.
std::vector<RtNetlink::Route> guardedRoutes(bool tunnel, const HelperPolicy::System &s)
{
    std::vector<RtNetlink::Route> out;
    for (const RtNetlink::Route &r : s.routes) {
        if ((r.prefix.length == 0 && r.via)
            || (tunnel && r.ours() && r.via && r.prefix.length == 32 && r.oif != s.ifindex))
            out.push_back(r);
    }
    return out;
}

std::string prefixProblem(const Prefix &p, const std::vector<RtNetlink::Route> &guarded)
{
    if (p.length <= 1)
        return "is a default route or one of its halves (0.0.0.0/1, 128.0.0.0/1)";
    const std::string reserved = reservedProblem(p);
    if (!reserved.empty())
        return reserved;
    for (const RtNetlink::Route &r : guarded) {
        if (r.prefix.length == 0 && covers(p, *r.via))
            return "covers the default gateway " + HelperRequest::format(*r.via);
        if (r.prefix.length == 32 && covers(p, r.prefix.address))
            return "covers the VPN server's host route " + HelperRequest::format(r.prefix);
    }
    return {};
}

// Off the tunnel, the helper adds only the server's host route through the
// gateway of the current default route on that same interface.
std::string uplinkProblem(const HelperRequest &r, const HelperPolicy::System &s)
{
    const std::string why = "it is not a PPP, TUN or XFRM device (" + typeName(s.linkType) + ")";
    if (!r.via)
        return why + "; off the tunnel only a server host route --via the default gateway is added";
    bool isDefaultGateway = false;
    for (const RtNetlink::Route &route : s.routes)
        isDefaultGateway = isDefaultGateway || (route.prefix.length == 0 && route.via == r.via &&
                                                route.oif == s.ifindex);
    if (!isDefaultGateway)
        return why + " and " + HelperRequest::format(*r.via) + " is not the default gateway on it";
    for (const Prefix &p : r.prefixes) {
        if (p.length != 32)
            return why + "; only /32 server host routes go there, not " + HelperRequest::format(p);
    }
    return {};
}

} // namespace

namespace HelperPolicy {

std::string informRefusal(const HelperRequest &r, const System &s)
{
    if (isTunnel(s.linkType))
        return {};
    return "refusing to ask for routes on " + r.interface + ": it is not a PPP, TUN or XFRM "
           "device (" + typeName(s.linkType) + ")";
}

std::string addRefusal(const HelperRequest &r, const System &s)
{
    const bool tunnel = isTunnel(s.linkType);
    if (r.verb == HelperRequest::Verb::AddFullTunnel) {
        // The two halves, and only behind the pinned server route: without it the
        // tunnel would carry its own encrypted packets.
        if (!tunnel)
            return "refusing the full tunnel on " + r.interface + ": it is not a PPP, TUN or XFRM "
                   "device (" + typeName(s.linkType) + ")";
        const bool pinned = std::any_of(s.routes.cbegin(), s.routes.cend(), [&s](const RtNetlink::Route &p) {
            return p.via && p.prefix.length == 32 && p.oif != s.ifindex; // ours or the admin's
        });
        if (!pinned)
            return "refusing the full tunnel on " + r.interface + ": the VPN server's host route "
                   "(add --via the default gateway) must be in place first";
        return {};
    }
    if (!tunnel) {
        const std::string problem = uplinkProblem(r, s);
        if (!problem.empty())
            return "refusing routes on " + r.interface + ": " + problem;
    }
    const std::vector<RtNetlink::Route> guarded = guardedRoutes(tunnel, s);
    for (const Prefix &p : r.prefixes) {
        const std::string problem = prefixProblem(p, guarded);
        if (!problem.empty())
            return "refusing " + HelperRequest::format(p) + " on " + r.interface + ": it " + problem;
    }
    return {};
}

std::vector<Prefix> ownRoutes(const HelperRequest &r, const System &s)
{
    std::set<uint64_t> own;
    for (const RtNetlink::Route &route : s.routes) {
        if (route.ours() && route.oif == s.ifindex && route.via == r.via)
            own.insert((uint64_t(route.prefix.address) << 8) | uint64_t(route.prefix.length));
    }
    std::vector<Prefix> out;
    for (const Prefix &p : r.prefixes) {
        if (own.count((uint64_t(p.address) << 8) | uint64_t(p.length)))
            out.push_back(p);
    }
    return out;
}

} // namespace HelperPolicy
