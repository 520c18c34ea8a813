#pragma once

#include "core/model/topology.h"
#include "core/routes/route.h"

#include <QList>

// The static routes every box needs, derived from the topology the way the
// seed article plans them (hub-and-spoke):
// - a hub routes each linked gateway's LANs over that link;
// - a gateway routes its hub's LANs, the LANs of the hub's other gateways and the
//   hub's client pool over its link to the hub;
// - a split profile's clients route the profile's prefixes (default: every LAN
//   reachable through the hub) into the tunnel; a full profile routes 0.0.0.0/0.
// Links that reference unknown sites or have no hub end yield no routes
// (validation reports them). Order: sites in file order, then profiles.
class RouteTable
{
public:
    static RouteTable build(const Topology &topology);

    const QList<Route> &routes() const { return m_routes; }
    QList<Route> forSite(const QString &siteId) const;
    QList<Route> forProfile(const QString &profileId) const;
    // The destinations site `siteId` routes over link `linkId`, in route order.
    QList<Ipv4Prefix> destinations(const QString &siteId, const QString &linkId) const;

    // The LANs a client of `hub` can reach: the hub's and its gateways'.
    static QList<Ipv4Prefix> reachableThroughHub(const Topology &topology, const QString &hub);

private:
    QList<Route> m_routes;
};
