#pragma once

#include "core/model/topology.h"
#include "core/routes/route.h"

#include <QHash>
#include <QList>
#include <QPair>

class TopologyIndex;

// The static routes every box needs, derived from the topology the way the
// seed article plans them (hub-and-spoke):
// - a hub routes each linked gateway's LANs over that link;
// - a gateway routes its hub's LANs, the LANs of the hub's other gateways and the
//   hub's client pool over its link to the hub, the LANs written with the
//   fewest prefixes that cover exactly those addresses (HubDestinations), the
//   pool as a route of its own;
// - a split profile's clients route the profile's prefixes (default: every LAN
//   reachable through the hub, written with the fewest prefixes as above) into
//   the tunnel; a full profile routes 0.0.0.0/0.
// Links that reference unknown sites or have no hub end yield no routes
// (validation reports them). Order: sites in file order, then profiles.
// Built in O(n log n) for a numbered fleet; the per-box questions are answered
// from an index.
class RouteTable
{
public:
    static RouteTable build(const Topology &topology);
    static RouteTable build(const Topology &topology, const TopologyIndex &index);

    const QList<Route> &routes() const { return m_routes; }
    QList<Route> forSite(const QString &siteId) const;
    QList<Route> forProfile(const QString &profileId) const;
    // The routes of site `siteId` over link `linkId`, and their destinations, in route order.
    QList<Route> forLink(const QString &siteId, const QString &linkId) const;
    QList<Ipv4Prefix> destinations(const QString &siteId, const QString &linkId) const;

    // The LANs a client of `hub` can reach: the hub's and its gateways'.
    static QList<Ipv4Prefix> reachableThroughHub(const Topology &topology, const QString &hub);

    // How many route tables this process has built: tests use it to prove that
    // one run (an export, a generation) builds one.
    static int builds();

private:
    QList<Route> pick(const QList<int> &indices) const;
    void add(Route route);

    QList<Route> m_routes;
    QHash<QString, QList<int>> m_bySite;    // site id -> indices into m_routes
    QHash<QString, QList<int>> m_byProfile; // profile id -> indices
    QHash<QPair<QString, QString>, QList<int>> m_byLink; // (site, link) -> indices
};
