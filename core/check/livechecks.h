#pragma once

#include "core/check/checkfinding.h"
#include "core/check/livestate.h"
#include "core/generators/generatedfile.h"
#include "core/generators/linux/linuxsiteplan.h"

// The items BoxCheck runs, one function a group (docs/check.md).
namespace LiveChecks {

void forwarding(const LiveState &live, QList<CheckFinding> &out);
// CHILD_SAs up with the planned selectors, routes on the planned interfaces,
// the tunnel MTU.
void tunnels(const LinuxSitePlan &plan, const LiveState &live, QList<CheckFinding> &out);
// The generated ruleset's rules loaded (by their comments), the MSS clamp.
void firewall(const QByteArray &generatedNft, const LiveState &live, QList<CheckFinding> &out);
// No masquerade or SNAT for traffic between routed subnets.
void nat(const LinuxSitePlan &plan, const LiveState &live, QList<CheckFinding> &out);
// The installed files against the generated ones (secrets masked).
void drift(const QList<GeneratedFile> &generated, const LiveState &live, const Secrets &secrets,
           QList<CheckFinding> &out);

} // namespace LiveChecks
