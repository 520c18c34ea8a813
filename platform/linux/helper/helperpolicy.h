#pragma once

#include "platform/linux/helper/helperrequest.h"
#include "platform/linux/helper/rtnetlink.h"

#include <string>
#include <vector>

// What the helper itself allows, whatever the unprivileged caller checked
// before (docs/connect.md, "routestudio-helper"). Pure: the kernel's view
// comes in as `System`, so main() asks the kernel once and decides here.
namespace HelperPolicy {

struct System
{
    int ifindex = 0;
    int linkType = -1;               // ARPHRD_* of the request's interface
    std::vector<RtNetlink::Route> routes; // the main table
};

// "" when `add` may run; otherwise why not, naming the interface or prefix.
std::string addRefusal(const HelperRequest &r, const System &s);

// "" when `inform` may run: only on a PPP, TUN or XFRM device (never the LAN or
// the uplink: the question goes to the hub through the tunnel).
std::string informRefusal(const HelperRequest &r, const System &s);

// The requested prefixes that the helper lists as its own on that interface
// (protocol 158, same gateway): the only ones `remove` asks the kernel to delete.
std::vector<HelperRequest::Prefix> ownRoutes(const HelperRequest &r, const System &s);

} // namespace HelperPolicy
