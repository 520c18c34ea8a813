#pragma once

#include "core/generators/clients/remoteaccessplan.h"

#include <QStringList>

// The IOS L2TP/IPsec server: local users, vpdn-group (LNS), IKEv1 keyring and
// isakmp profile for any client address, transport-mode transform sets on a
// dynamic crypto map, the address pool and Virtual-Template1 with the PPP MTU
// and TCP MSS from the MTU computation.
namespace CiscoRemoteAccess {

QStringList lines(const RemoteAccessPlan &plan);
// IKEv1 phase 1 policies shared with IKEv1 site links (emitted once per file);
// `remoteAccess` adds the DH group 2 policy Windows' L2TP client needs.
QStringList isakmpPolicies(bool remoteAccess);

} // namespace CiscoRemoteAccess
