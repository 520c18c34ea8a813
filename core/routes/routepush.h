#pragma once

#include "core/model/topology.h"

#include <QString>

// The topology fields of route push (docs/route-push.md, docs/file-format.md).
// Both live in the objects' `extra` (older files load unchanged, saves keep them):
// - profiles[].routePush: bool; absent = on for split profiles, off for full ones;
// - dnsDomain (topology) and profiles[].dnsDomain (wins): the domain of option 15.
namespace RoutePush {

inline constexpr const char *kRoutePushField = "routePush";
inline constexpr const char *kDnsDomainField = "dnsDomain";

// The profile's routePush: its value when it is a bool, else the default.
bool requested(const Profile &profile);
// The profile's dnsDomain, else the topology's; empty for none.
QString domain(const Topology &topology, const Profile &profile);
// Only the Linux hub generator answers DHCPINFORM (docs/vendors.md says why the others do not).
bool platformCanPush(Platform platform);
// Whether the profile's clients ask its hub for their routes (Connect's
// DHCPINFORM): a split profile with routePush on, on a hub that answers.
bool clientAsksHub(const Topology &topology, const Profile &profile);

} // namespace RoutePush
