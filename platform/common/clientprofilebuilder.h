#pragma once

#include "core/bundle/bundleprofile.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "platform/common/clientprofile.h"

#include <optional>

// Builds a ClientProfile from a topology, a profile id and a user: the routes
// come from RouteTable::forProfile, the gateway is the hub's publicAddress,
// the PSK and password from the secrets (either may be missing: the window
// asks for them). Returns nullopt with `error` naming what is wrong.
namespace ClientProfileBuilder {

std::optional<ClientProfile> build(const Topology &topology, const Secrets &secrets,
                                   const QString &profileId, const QString &user,
                                   QString *error);

// What Connect needs from a user bundle's profile.json (or the same built from
// a topology): the one place a ClientProfile is made.
ClientProfile fromBundle(const BundleProfile &bundle);

// Full tunnel: RouteStudio never replaces the default route; it installs the
// two halves 0.0.0.0/1 and 128.0.0.0/1, which win over it and go away cleanly.
QList<Ipv4Prefix> installableRoutes(const QList<Ipv4Prefix> &routes);

} // namespace ClientProfileBuilder
