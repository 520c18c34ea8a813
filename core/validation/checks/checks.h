#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/validation/findingsink.h"

// Each check lives in its own file below checks/ and is called by Validator.
namespace Checks {

void identities(const Topology &t, FindingSink &sink);  // duplicate-id, invalid-id, unknown-site, ...
void overlaps(const Topology &t, FindingSink &sink);    // lan-overlap, pool-overlaps-lan, pool-overlap
void hostBits(const Topology &t, FindingSink &sink);    // host-bits-set
void values(const Topology &t, FindingSink &sink);      // unsafe-value (names, secret and user names)
void publicAddresses(const Topology &t, FindingSink &sink); // invalid-address, public-address-*,
                                                            // duplicate-public-address
void remoteAccess(const Topology &t, FindingSink &sink); // local-address-*, pool-too-small,
                                                         // remote-access-on-gateway
void profiles(const Topology &t, FindingSink &sink);    // profile-hub-not-hub, route-not-covered, ...
void dns(const Topology &t, FindingSink &sink);         // dns-not-routed
void links(const Topology &t, FindingSink &sink);       // link-to-self, link-without-hub, ...
void sites(const Topology &t, FindingSink &sink);       // site-without-lans, gateway-not-linked
void tunnelInterfaces(const Topology &t, FindingSink &sink); // invalid-tunnel-interface,
                                                            // tunnel-interface-ignored/-unbound
void routePush(const Topology &t, FindingSink &sink);   // invalid-route-push, invalid-dns-domain,
                                                        // route-push-unsupported/-shared-user
void failover(const Topology &t, FindingSink &sink);   // critical-single-path, backup-same-address,
                                                        // backup-prefix-mismatch, equal-metric-hubs,
                                                        // backup-link-unsupported
void mtu(const Topology &t, FindingSink &sink);         // mtu-too-large, mtu-too-small
// Only with a secrets file: missing-secret, unsafe-secret, weak-secret.
void secrets(const Topology &t, const Secrets &secrets, FindingSink &sink);

} // namespace Checks
