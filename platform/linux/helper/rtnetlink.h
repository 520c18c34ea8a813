#pragma once

#include "platform/linux/helper/helperrequest.h"

#include <optional>
#include <string>
#include <vector>

// Plain rtnetlink on one socket: each route is one RTM_NEWROUTE /
// RTM_DELROUTE message acknowledged by the kernel, like `ip -batch`. Every
// route carries RouteStudioProtocol::kRtProtocol; deletes name it too, so the
// kernel only ever deletes RouteStudio's own routes.
class RtNetlink
{
public:
    struct Route
    {
        HelperRequest::Prefix prefix;
        std::optional<uint32_t> via;
        int oif = 0;
        int protocol = 0;
        bool ours() const;
    };

    RtNetlink() = default;
    ~RtNetlink();
    RtNetlink(const RtNetlink &) = delete;
    RtNetlink &operator=(const RtNetlink &) = delete;

    bool open(std::string *error);
    // 0 on success, else a negative errno from the kernel.
    int add(int ifindex, const HelperRequest::Prefix &p, std::optional<uint32_t> via);
    int remove(int ifindex, const HelperRequest::Prefix &p, std::optional<uint32_t> via);
    // RouteStudio's routes in the main table on one interface.
    bool list(int ifindex, std::vector<Route> *out, std::string *error);
    // Every IPv4 route of the main table (any protocol, any interface).
    bool dump(std::vector<Route> *out, std::string *error);
    // The link's ARPHRD_* type (ARPHRD_PPP, ARPHRD_NONE for TUN/XFRM, ...), or -1.
    int linkType(int ifindex, std::string *error);

private:
    int change(int type, int flags, int ifindex, const HelperRequest::Prefix &p,
               std::optional<uint32_t> via);
    int fd = -1;
    uint32_t seq = 0;
};
