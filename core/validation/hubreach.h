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
    // The same as a list, in file order (repeats possible): the routes a
    // profile of that hub without listed routes gives its clients.
    QList<Ipv4Prefix> prefixesOf(int hubIndex) const { return m_lists.value(hubIndex); }

private:
    QHash<int, PrefixIntervals> m_reach;
    QHash<int, QList<Ipv4Prefix>> m_lists;
    PrefixIntervals m_empty;
};
