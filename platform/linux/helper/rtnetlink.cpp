#include "platform/linux/helper/rtnetlink.h"

#include "platform/linux/routestudioprotocol.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct RouteMessage
{
    nlmsghdr header;
    rtmsg route;
    char attributes[64];
};

void addAttribute(RouteMessage *m, unsigned short type, const void *data, unsigned short len)
{
    auto *rta = reinterpret_cast<rtattr *>(reinterpret_cast<char *>(m) +
                                           NLMSG_ALIGN(m->header.nlmsg_len));
    rta->rta_type = type;
    rta->rta_len = static_cast<unsigned short>(RTA_LENGTH(len));
    std::memcpy(RTA_DATA(rta), data, len);
    m->header.nlmsg_len = NLMSG_ALIGN(m->header.nlmsg_len) + RTA_ALIGN(rta->rta_len);
}

void fillRoute(RouteMessage *message, int type, int flags, uint32_t seq, int ifindex,
               const HelperRequest::Prefix &p, std::optional<uint32_t> via)
{
    RouteMessage &m = *message;
    m = RouteMessage{};
    m.header.nlmsg_len = NLMSG_LENGTH(sizeof(rtmsg));
    m.header.nlmsg_type = static_cast<unsigned short>(type);
    m.header.nlmsg_flags = static_cast<unsigned short>(NLM_F_REQUEST | NLM_F_ACK | flags);
    m.header.nlmsg_seq = seq;
    m.route.rtm_family = AF_INET;
    m.route.rtm_dst_len = static_cast<unsigned char>(p.length);
    m.route.rtm_table = RT_TABLE_MAIN;
    m.route.rtm_protocol = RouteStudioProtocol::kRtProtocol;
    m.route.rtm_type = RTN_UNICAST;
    if (type == RTM_DELROUTE)
        m.route.rtm_scope = RT_SCOPE_NOWHERE;
    else
        m.route.rtm_scope = via ? RT_SCOPE_UNIVERSE : RT_SCOPE_LINK;
    const uint32_t dst = htonl(p.address);
    addAttribute(&m, RTA_DST, &dst, sizeof dst);
    const uint32_t oif = static_cast<uint32_t>(ifindex);
    addAttribute(&m, RTA_OIF, &oif, sizeof oif);
    if (via) {
        const uint32_t gw = htonl(*via);
        addAttribute(&m, RTA_GATEWAY, &gw, sizeof gw);
    }
}

} // namespace

RtNetlink::~RtNetlink()
{
    if (fd >= 0)
        ::close(fd);
}

bool RtNetlink::open(std::string *error)
{
    fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    if (fd < 0) {
        *error = std::string("cannot open a netlink socket: ") + std::strerror(errno);
        return false;
    }
    sockaddr_nl local{};
    local.nl_family = AF_NETLINK;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) < 0) {
        *error = std::string("cannot bind the netlink socket: ") + std::strerror(errno);
        return false;
    }
    return true;
}

std::vector<int> RtNetlink::changeAll(int type, int flags, int ifindex,
                                      const std::vector<HelperRequest::Prefix> &prefixes,
                                      std::optional<uint32_t> via)
{
    std::vector<int> result(prefixes.size(), 0);
    std::vector<char> out;
    char buffer[16384];
    for (std::size_t first = 0; first < prefixes.size(); first += kBatch) {
        const std::size_t count = std::min(kBatch, prefixes.size() - first);
        const uint32_t firstSeq = seq + 1;
        out.clear();
        for (std::size_t i = 0; i < count; ++i) {
            RouteMessage m;
            fillRoute(&m, type, flags, ++seq, ifindex, prefixes[first + i], via);
            const char *bytes = reinterpret_cast<const char *>(&m);
            out.insert(out.end(), bytes, bytes + NLMSG_ALIGN(m.header.nlmsg_len));
        }
        if (::send(fd, out.data(), out.size(), 0) < 0) {
            const int err = -errno;
            std::fill(result.begin() + long(first), result.end(), err);
            return result; // nothing after this batch was sent
        }
        // One acknowledgement per request, in order; each carries its sequence number.
        std::size_t acked = 0;
        while (acked < count) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                // Answers lost (ENOBUFS): whether those requests took effect is unknown.
                const int err = -errno;
                std::fill(result.begin() + long(first), result.end(), err);
                return result;
            }
            int left = static_cast<int>(n);
            for (auto *h = reinterpret_cast<nlmsghdr *>(buffer); NLMSG_OK(h, left);
                 h = NLMSG_NEXT(h, left)) {
                if (h->nlmsg_type != NLMSG_ERROR || h->nlmsg_seq < firstSeq
                    || h->nlmsg_seq >= firstSeq + count)
                    continue;
                result[first + (h->nlmsg_seq - firstSeq)] =
                    static_cast<const nlmsgerr *>(NLMSG_DATA(h))->error;
                ++acked;
            }
        }
    }
    return result;
}

std::vector<int> RtNetlink::addAll(int ifindex, const std::vector<HelperRequest::Prefix> &prefixes,
                                   std::optional<uint32_t> via)
{
    return changeAll(RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL, ifindex, prefixes, via);
}

std::vector<int> RtNetlink::removeAll(int ifindex,
                                      const std::vector<HelperRequest::Prefix> &prefixes,
                                      std::optional<uint32_t> via)
{
    return changeAll(RTM_DELROUTE, 0, ifindex, prefixes, via);
}

bool RtNetlink::Route::ours() const { return protocol == RouteStudioProtocol::kRtProtocol; }

bool RtNetlink::list(int ifindex, std::vector<Route> *out, std::string *error)
{
    std::vector<Route> all;
    if (!dump(&all, error))
        return false;
    for (const Route &r : all) {
        if (r.ours() && r.oif == ifindex)
            out->push_back(r);
    }
    return true;
}

bool RtNetlink::dump(std::vector<Route> *out, std::string *error)
{
    struct
    {
        nlmsghdr header;
        rtmsg route;
    } req{};
    req.header.nlmsg_len = NLMSG_LENGTH(sizeof(rtmsg));
    req.header.nlmsg_type = RTM_GETROUTE;
    req.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    req.header.nlmsg_seq = ++seq;
    req.route.rtm_family = AF_INET;
    if (::send(fd, &req, req.header.nlmsg_len, 0) < 0) {
        *error = std::string("netlink dump request failed: ") + std::strerror(errno);
        return false;
    }
    static char buffer[65536];
    while (true) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = std::string("netlink dump failed: ") + std::strerror(errno);
            return false;
        }
        int left = static_cast<int>(n);
        for (auto *h = reinterpret_cast<nlmsghdr *>(buffer); NLMSG_OK(h, left);
             h = NLMSG_NEXT(h, left)) {
            if (h->nlmsg_type == NLMSG_DONE)
                return true;
            if (h->nlmsg_type == NLMSG_ERROR) {
                *error = std::string("netlink dump failed: ") +
                         std::strerror(-static_cast<const nlmsgerr *>(NLMSG_DATA(h))->error);
                return false;
            }
            if (h->nlmsg_type != RTM_NEWROUTE)
                continue;
            const auto *rt = static_cast<const rtmsg *>(NLMSG_DATA(h));
            if (rt->rtm_type != RTN_UNICAST)
                continue;
            Route r;
            r.prefix.length = rt->rtm_dst_len;
            r.protocol = rt->rtm_protocol;
            uint32_t table = rt->rtm_table;
            int attrLen = static_cast<int>(RTM_PAYLOAD(h));
            for (auto *a = RTM_RTA(rt); RTA_OK(a, attrLen); a = RTA_NEXT(a, attrLen)) {
                uint32_t v = 0;
                std::memcpy(&v, RTA_DATA(a), sizeof v);
                if (a->rta_type == RTA_DST)
                    r.prefix.address = ntohl(v);
                else if (a->rta_type == RTA_GATEWAY)
                    r.via = ntohl(v);
                else if (a->rta_type == RTA_OIF)
                    r.oif = static_cast<int>(v);
                else if (a->rta_type == RTA_TABLE)
                    table = v;
            }
            if (table == RT_TABLE_MAIN)
                out->push_back(r);
        }
    }
}

int RtNetlink::linkType(int ifindex, std::string *error)
{
    struct
    {
        nlmsghdr header;
        ifinfomsg link;
    } req{};
    req.header.nlmsg_len = NLMSG_LENGTH(sizeof(ifinfomsg));
    req.header.nlmsg_type = RTM_GETLINK;
    req.header.nlmsg_flags = NLM_F_REQUEST;
    req.header.nlmsg_seq = ++seq;
    req.link.ifi_family = AF_UNSPEC;
    req.link.ifi_index = ifindex;
    if (::send(fd, &req, req.header.nlmsg_len, 0) < 0) {
        *error = std::string("netlink link request failed: ") + std::strerror(errno);
        return -1;
    }
    static char buffer[65536];
    while (true) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = std::string("netlink link request failed: ") + std::strerror(errno);
            return -1;
        }
        int left = static_cast<int>(n);
        for (auto *h = reinterpret_cast<nlmsghdr *>(buffer); NLMSG_OK(h, left);
             h = NLMSG_NEXT(h, left)) {
            if (h->nlmsg_seq != req.header.nlmsg_seq)
                continue;
            if (h->nlmsg_type == NLMSG_ERROR) {
                *error = std::string("netlink link request failed: ") +
                         std::strerror(-static_cast<const nlmsgerr *>(NLMSG_DATA(h))->error);
                return -1;
            }
            if (h->nlmsg_type == RTM_NEWLINK)
                return static_cast<const ifinfomsg *>(NLMSG_DATA(h))->ifi_type;
        }
    }
}
