#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// `routestudio-helper inform`: one DHCPINFORM (RFC 2131 s. 3.4) from the
// tunnel interface's own address to the hub, the way Windows asks after IPCP,
// and the hub's DHCPACK back. The helper only needs root to bind UDP port 68;
// it changes nothing and decodes nothing beyond matching the reply (BOOTREPLY,
// our xid, the magic cookie): the reply's bytes go to the unprivileged side as
// hex, which decodes and checks the options (core/routes/dhcpanswer.h) and
// installs the routes through `add`, under the helper's own policy.
namespace DhcpInform {

constexpr int kServerPort = 67;
constexpr int kClientPort = 68;
constexpr std::size_t kMaxReply = 1500;

// The request: BOOTREQUEST, ciaddr = `address`, options 53 (INFORM), 55
// (subnet mask, router, DNS, domain, 121, 249), 57 (max size), end; padded
// to the 300 bytes of a BOOTP packet.
std::vector<uint8_t> request(uint32_t xid, uint32_t address);

// True when `reply` answers `request(xid, ...)`: a BOOTREPLY with that xid and
// the DHCP magic cookie.
bool answers(const std::vector<uint8_t> &reply, uint32_t xid);

// Sends the request on `interface` (SO_BINDTODEVICE, from `address`:68 to the
// limited broadcast :67) up to `tries` times, waiting `waitMs` for each answer.
// The reply's bytes, or nullopt with `error`.
std::optional<std::vector<uint8_t>> exchange(const std::string &interface, uint32_t address,
                                             int tries, int waitMs, std::string *error);

// The interface's first IPv4 address (host order), or nullopt.
std::optional<uint32_t> interfaceAddress(const std::string &interface);

std::string hex(const std::vector<uint8_t> &bytes);

} // namespace DhcpInform
