#pragma once

#include "core/generators/generatorinput.h"

#include <QSet>
#include <QStringList>

// RouterOS failover (docs/failover.md). RouterOS IPsec is policy-based: of two
// policies with the same selectors only one may be active, so a destination
// with a backup path has a policy on each path's peer, the backup's disabled.
// Each probed link (LinkTransits::probed) owns its transit address on the
// bridge rs-loopback and has a policy for the pair of transit addresses, always
// active, so its tunnel is up and answers while it waits. Netwatch pings the
// peer's end of each such tunnel; on every change the script rs-failover
// enables, per destination, the policies of the best path whose probe is up.
namespace MikrotikFailover {

// The links of `site` whose failover is probed, and for each destination
// with more than one path, which (link, destination) policies start disabled.
struct Plan
{
    QList<const Link *> probed;
    QSet<QPair<QString, Ipv4Prefix>> standby; // (link id, destination)

    bool isStandby(const QString &linkId, const Ipv4Prefix &dst) const
    {
        return standby.contains(qMakePair(linkId, dst));
    }
    static Plan of(const GeneratorInput &input, const Site &site);
};

// The loopback bridge and the transit addresses of the probed links.
QStringList loopback(const GeneratorInput &input, const Site &site, const Plan &plan);
// Netwatch per probed link and the script that switches the policies.
QStringList switching(const GeneratorInput &input, const Site &site, const Plan &plan);

} // namespace MikrotikFailover
