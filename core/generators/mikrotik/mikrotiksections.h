#pragma once

#include "core/generators/clients/remoteaccessplan.h"
#include "core/generators/mikrotik/mikrotikfailover.h"

#include <QStringList>

// The sections of the RouterOS script, one function each.
namespace MikrotikSections {

// Removes every object an earlier run added (named rs-... or tagged).
QStringList cleanup();
// Pool, PPP profile, L2TP server and PPP secrets of a hub.
QStringList remoteAccess(const RemoteAccessPlan &plan);
// Policy-based IPsec for every `ipsec` link of the site.
// Links that fail over (MikrotikFailover) get fast dead peer detection, their
// probe policy, and their standby policies disabled.
QStringList ipsecLinks(const GeneratorInput &input, const Site &site,
                       const MikrotikFailover::Plan &failover);
// L2TP/IPsec client and static routes for every `l2tp` link the site dials.
QStringList l2tpLinks(const GeneratorInput &input, const Site &site);

} // namespace MikrotikSections
