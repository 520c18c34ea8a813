#pragma once

#include "core/model/topology.h"

#include <QString>
#include <optional>

// The topology fields of route push (docs/route-push.md, docs/file-format.md).
// Both live in the objects' `extra` (older files load unchanged, saves keep them):
// - profiles[].routePush: bool; absent = on for split profiles, off for full ones;
// - dnsDomain (topology) and profiles[].dnsDomain (wins): the domain of option 15;
// - profiles[].routesFrom: "hub", "profile" or "both": which routes Connect installs
//   (the hub's DHCPINFORM answer, the bundle's, or both); absent = the default below.
namespace RoutePush {

inline constexpr const char *kRoutePushField = "routePush";
inline constexpr const char *kDnsDomainField = "dnsDomain";
inline constexpr const char *kRoutesFromField = "routesFrom";

enum class RoutesFrom { Profile, Hub, Both };

// The profile's routePush: its value when it is a bool, else the default.
bool requested(const Profile &profile);
// The profile's dnsDomain, else the topology's; empty for none.
QString domain(const Topology &topology, const Profile &profile);
// Only the Linux hub generator answers DHCPINFORM (docs/vendors.md says why the others do not).
bool platformCanPush(Platform platform);
// Whether the profile's clients ask its hub for their routes (Connect's
// DHCPINFORM): a split profile with routePush on, on a hub that answers.
// `hub` is the profile's hub as the caller already found it (nullptr: none).
bool clientAsksHub(const Site *hub, const Profile &profile);
// The profile's routesFrom when it is one of the three words, else the default:
// Hub when clientAsksHub, else Profile.
RoutesFrom routesFrom(const Site *hub, const Profile &profile);
std::optional<RoutesFrom> parseRoutesFrom(const QString &text);
QString word(RoutesFrom from);

} // namespace RoutePush
