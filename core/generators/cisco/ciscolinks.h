#pragma once

#include "core/generators/generatorinput.h"

#include <QStringList>

// Route-based IPsec for every `ipsec` link of a site: one Tunnel<n> in
// `tunnel mode ipsec ipv4` per link with its IKEv2 (or IKEv1) profile, the
// tunnel MTU/MSS from the MTU computation, and the static routes of the route
// table pointed at the tunnel of their link.
namespace CiscoLinks {

QStringList lines(const GeneratorInput &input, const Site &site, bool haveIsakmpPolicies);
// True when a link of `site` needs the shared IKEv1 isakmp policies.
bool needsIsakmp(const TopologyIndex &index, const Site &site);

} // namespace CiscoLinks
