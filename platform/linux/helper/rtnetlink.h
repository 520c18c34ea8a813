#pragma once

#include "platform/linux/helper/helperrequest.h"

#include <optional>
#include <string>
#include <vector>

// Plain rtnetlink on one socket: each route is one RTM_NEWROUTE /
// RTM_DELROUTE message acknowledged by the kernel, like `ip -batch`, but many
// messages go in one send() (addAll, removeAll) instead of one round trip each. Every
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
    // Adds or removes routes, kBatch requests per send(): the kernel answers
    // each one, so result[i] is 0 or the negative errno for prefixes[i]. A
    // request that fails does not stop the ones after it in its batch.
    static constexpr std::size_t kBatch = 64;
    std::vector<int> addAll(int ifindex, const std::vector<HelperRequest::Prefix> &prefixes,
                            std::optional<uint32_t> via);
    std::vector<int> removeAll(int ifindex, const std::vector<HelperRequest::Prefix> &prefixes,
                               std::optional<uint32_t> via);
    // RouteStudio's routes in the main table on one interface.
    bool list(int ifindex, std::vector<Route> *out, std::string *error);
    // Every IPv4 route of the main table (any protocol, any interface).
    bool dump(std::vector<Route> *out, std::string *error);
    // The link's ARPHRD_* type (ARPHRD_PPP, ARPHRD_NONE for TUN/XFRM, ...), or -1.
    int linkType(int ifindex, std::string *error);

private:
    std::vector<int> changeAll(int type, int flags, int ifindex,
                               const std::vector<HelperRequest::Prefix> &prefixes,
                               std::optional<uint32_t> via);
    int fd = -1;
    uint32_t seq = 0;
};
