#pragma once

#include "core/model/topology.h"
#include "core/validation/prefixintervals.h"

#include <QHash>

class SiteIndex;

// What the clients of each hub can reach: the hub's LANs and the LANs of every
// gateway linked to it (the rule of RouteTable::reachableThroughHub), as one
// interval set per hub. Built in one pass over sites and links.
class HubReach
{
public:
    HubReach(const Topology &topology, const SiteIndex &index);

    // Empty for a site that is no hub or has nothing reachable.
    const PrefixIntervals &of(int hubIndex) const;

private:
    QHash<int, PrefixIntervals> m_reach;
    PrefixIntervals m_empty;
};
