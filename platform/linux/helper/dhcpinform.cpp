#include "platform/linux/helper/dhcpinform.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <poll.h>
#include <random>
#include <sys/socket.h>
#include <unistd.h>

namespace DhcpInform {

namespace {

constexpr uint8_t kCookie[4] = {99, 130, 83, 99};
constexpr std::size_t kOptionsAt = 236; // after the fixed BOOTP header

void put32(std::vector<uint8_t> &b, std::size_t at, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b[at + std::size_t(i)] = uint8_t(v >> (24 - 8 * i));
}

// Closes the socket on every path.
struct Socket
{
    int fd = -1;
    ~Socket()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

std::vector<uint8_t> request(uint32_t xid, uint32_t address)
{
    std::vector<uint8_t> b(kOptionsAt, 0);
    b[0] = 1; // BOOTREQUEST
    b[1] = 1; // htype Ethernet, as Windows' RAS client sends over PPP
    b[2] = 6;
    put32(b, 4, xid);
    put32(b, 12, address); // ciaddr: the address IPCP gave us
    b.insert(b.end(), kCookie, kCookie + 4);
    const uint8_t options[] = {53, 1, 8,                               // DHCPINFORM
                               55, 6, 1, 3, 6, 15, 121, 249,           // what we ask for
                               57, 2, uint8_t(kMaxReply >> 8), uint8_t(kMaxReply & 0xff),
                               255};
    b.insert(b.end(), options, options + sizeof options);
    if (b.size() < 300)
        b.resize(300, 0);
    return b;
}

bool answers(const std::vector<uint8_t> &reply, uint32_t xid)
{
    if (reply.size() < kOptionsAt + 4 || reply[0] != 2)
        return false;
    uint32_t got = 0;
    for (int i = 0; i < 4; ++i)
        got = (got << 8) | reply[4 + std::size_t(i)];
    return got == xid && std::memcmp(reply.data() + kOptionsAt, kCookie, 4) == 0;
}

std::optional<uint32_t> interfaceAddress(const std::string &interface)
{
    ifaddrs *list = nullptr;
    if (getifaddrs(&list) != 0)
        return std::nullopt;
    std::optional<uint32_t> found;
    for (ifaddrs *a = list; a && !found; a = a->ifa_next) {
        if (a->ifa_addr && a->ifa_addr->sa_family == AF_INET && interface == a->ifa_name)
            found = ntohl(reinterpret_cast<sockaddr_in *>(a->ifa_addr)->sin_addr.s_addr);
    }
    freeifaddrs(list);
    return found;
}

std::optional<std::vector<uint8_t>> exchange(const std::string &interface, uint32_t address,
                                             int tries, int waitMs, std::string *error)
{
    Socket s;
    s.fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (s.fd < 0) {
        *error = std::string("socket: ") + std::strerror(errno);
        return std::nullopt;
    }
    const int on = 1;
    if (::setsockopt(s.fd, SOL_SOCKET, SO_BINDTODEVICE, interface.c_str(),
                     socklen_t(interface.size())) != 0
        || ::setsockopt(s.fd, SOL_SOCKET, SO_BROADCAST, &on, sizeof on) != 0) {
        *error = "cannot bind to " + interface + ": " + std::strerror(errno);
        return std::nullopt;
    }
    sockaddr_in self{};
    self.sin_family = AF_INET;
    self.sin_port = htons(kClientPort);
    self.sin_addr.s_addr = htonl(address);
    if (::bind(s.fd, reinterpret_cast<sockaddr *>(&self), sizeof self) != 0) {
        *error = std::string("cannot bind UDP port 68: ") + std::strerror(errno);
        return std::nullopt;
    }
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(kServerPort);
    server.sin_addr.s_addr = htonl(INADDR_BROADCAST);
    std::random_device random;
    const uint32_t xid = (uint32_t(random()) << 16) ^ uint32_t(random());
    const std::vector<uint8_t> packet = request(xid, address);
    for (int attempt = 0; attempt < tries; ++attempt) {
        if (::sendto(s.fd, packet.data(), packet.size(), 0, reinterpret_cast<sockaddr *>(&server),
                     sizeof server) < 0) {
            *error = std::string("cannot send on ") + interface + ": " + std::strerror(errno);
            return std::nullopt;
        }
        pollfd p{s.fd, POLLIN, 0};
        while (::poll(&p, 1, waitMs) > 0) {
            std::vector<uint8_t> reply(kMaxReply);
            const ssize_t n = ::recv(s.fd, reply.data(), reply.size(), 0);
            if (n < 0)
                break;
            reply.resize(std::size_t(n));
            if (answers(reply, xid))
                return reply;
        }
    }
    *error = "no DHCP answer on " + interface + " after " + std::to_string(tries) + " tries of "
             + std::to_string(waitMs) + " ms";
    return std::nullopt;
}

std::string hex(const std::vector<uint8_t> &bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (uint8_t b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

} // namespace DhcpInform
