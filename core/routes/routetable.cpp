#include "core/routes/routetable.h"

#include "core/model/topologyindex.h"
#include "core/routes/hubdestinations.h"

#include <QSet>

#include <atomic>
#include <memory>

namespace {

std::atomic<int> g_builds{0};

struct HubLink
{
    const Link *link;
    const Site *hub;
    const Site *gateway;
};

// The link's hub and gateway, or nullopt for a link without exactly one hub
// end and two known sites.
std::optional<HubLink> hubLink(const TopologyIndex &index, const Link &l)
{
    const Site *a = index.site(l.from);
    const Site *b = index.site(l.to);
    if (!a || !b || a == b || a->isHub() == b->isHub())
        return std::nullopt;
    return a->isHub() ? HubLink{&l, a, b} : HubLink{&l, b, a};
}

// `transit`: the box reaches the destination through several hubs and this
// hub does not own it (Route::metricFor).
Route siteRoute(const HubLink &hl, const Site &box, const Ipv4Prefix &dest, const QString &why,
                bool transit = false)
{
    Route r;
    r.boxKind = Route::BoxKind::Site;
    r.box = box.id;
    r.destination = dest.network();
    r.via = Route::Via::Link;
    r.link = hl.link->id;
    r.peer = (&box == hl.hub ? hl.gateway : hl.hub)->id;
    r.transport = hl.link->transport;
    r.metric = Route::metricFor(*hl.link, transit);
    r.backup = hl.link->isBackup();
    r.reason = why;
    return r;
}

// The gateways linked to each hub (each once, in link order).
QHash<const Site *, QList<const Site *>> gatewaysByHub(const Topology &t,
                                                       const TopologyIndex &index)
{
    QHash<const Site *, QList<const Site *>> out;
    QSet<QPair<const Site *, const Site *>> seen;
    for (const Link &l : t.links) {
        const auto hl = hubLink(index, l);
        if (!hl)
            continue;
        const QPair<const Site *, const Site *> pair(hl->hub, hl->gateway);
        if (!seen.contains(pair)) {
            seen.insert(pair);
            out[hl->hub].append(hl->gateway);
        }
    }
    return out;
}

QList<Ipv4Prefix> reachable(const Site &hub, const QList<const Site *> &gateways)
{
    QList<Ipv4Prefix> out;
    for (const Ipv4Prefix &lan : hub.lans)
        out.append(lan.network());
    for (const Site *g : gateways) {
        for (const Ipv4Prefix &lan : g->lans)
            out.append(lan.network());
    }
    return out;
}

// The LANs a gateway of `hub` routes to it (the pool comes on its own, never
// merged into a LAN's prefix: client addresses stay a route of their own), and
// what a split profile's clients route by default; see HubDestinations.
std::unique_ptr<HubDestinations> destinationsOf(const Site &hub,
                                                const QList<const Site *> &gateways)
{
    auto d = std::make_unique<HubDestinations>(hub.id);
    for (const Ipv4Prefix &lan : hub.lans)
        d->add(lan, nullptr, QStringLiteral("LAN of hub %1").arg(hub.id));
    for (const Site *g : gateways) {
        for (const Ipv4Prefix &lan : g->lans)
            d->add(lan, g, QStringLiteral("LAN of %1, reached through hub %2").arg(g->id, hub.id));
    }
    d->finish();
    return d;
}

} // namespace

int RouteTable::builds() { return g_builds.load(); }

QList<Ipv4Prefix> RouteTable::reachableThroughHub(const Topology &t, const QString &hubId)
{
    const TopologyIndex index(t);
    const Site *hub = index.site(hubId);
    return hub ? reachable(*hub, gatewaysByHub(t, index).value(hub)) : QList<Ipv4Prefix>();
}

void RouteTable::add(Route route)
{
    const int i = int(m_routes.size());
    if (route.boxKind == Route::BoxKind::Site) {
        m_bySite[route.box].append(i);
        m_byLink[{route.box, route.link}].append(i);
    } else {
        m_byProfile[route.box].append(i);
    }
    m_routes.append(std::move(route));
}

RouteTable RouteTable::build(const Topology &t) { return build(t, TopologyIndex(t)); }

RouteTable RouteTable::build(const Topology &t, const TopologyIndex &index)
{
    ++g_builds;
    RouteTable table;
    const auto fleets = gatewaysByHub(t, index);
    QHash<const Site *, std::shared_ptr<HubDestinations>> hubDestinations;
    for (auto it = fleets.cbegin(); it != fleets.cend(); ++it)
        hubDestinations.insert(it.key(), destinationsOf(*it.key(), it.value()));
    for (const Site &site : t.sites) {
        if (index.site(site.id) != &site)
            continue; // a second site with the same id (validation reports it)
        // A gateway linked to more than one hub prefers, for each destination,
        // the hub that owns it (transit through another hub costs more).
        const Site *firstHub = nullptr;
        bool severalHubs = false;
        if (!site.isHub()) {
            for (const Link *l : index.linksOf(site.id)) {
                const auto hl = hubLink(index, *l);
                if (!hl)
                    continue;
                if (firstHub && firstHub != hl->hub)
                    severalHubs = true;
                firstHub = hl->hub;
            }
        }
        for (const Link *l : index.linksOf(site.id)) {
            const auto hl = hubLink(index, *l);
            if (!hl)
                continue;
            if (hl->hub == &site) {
                for (const Ipv4Prefix &lan : hl->gateway->lans)
                    table.add(siteRoute(*hl, site, lan,
                                        QStringLiteral("LAN of gateway %1").arg(hl->gateway->id)));
                continue;
            }
            for (const auto &d : hubDestinations.value(hl->hub)->forGateway(&site))
                table.add(siteRoute(*hl, site, d.prefix, d.reason, severalHubs && !d.hubOwned));
            if (hl->hub->remoteAccess) {
                table.add(siteRoute(
                    *hl, site, hl->hub->remoteAccess->pool,
                    QStringLiteral("remote-access client pool of hub %1").arg(hl->hub->id)));
            }
        }
    }
    for (const Profile &p : t.profiles) {
        const bool full = p.tunnel == TunnelMode::Full;
        QList<Ipv4Prefix> dests;
        if (full) {
            dests = {Ipv4Prefix(Ipv4Address(0), 0)};
        } else if (p.routes.isEmpty()) {
            // Every LAN reachable through the hub, written with the fewest prefixes.
            if (const Site *hub = index.site(p.hub)) {
                for (const auto &d : destinationsOf(*hub, fleets.value(hub))->forGateway(nullptr))
                    dests.append(d.prefix);
            }
        } else {
            dests = p.routes;
        }
        for (const Ipv4Prefix &d : dests) {
            Route r;
            r.boxKind = Route::BoxKind::Profile;
            r.box = p.id;
            r.destination = d.network();
            r.via = Route::Via::ClientTunnel;
            r.peer = p.hub;
            r.transport = Transport::L2tp;
            r.reason = full ? QStringLiteral("full tunnel: all traffic through %1").arg(p.hub)
                       : p.routes.isEmpty()
                           ? QStringLiteral("split tunnel: LAN reachable through %1").arg(p.hub)
                           : QStringLiteral("split tunnel: route listed in profile %1").arg(p.id);
            table.add(r);
        }
    }
    return table;
}

QList<Route> RouteTable::pick(const QList<int> &indices) const
{
    QList<Route> out;
    out.reserve(indices.size());
    for (const int i : indices)
        out.append(m_routes[i]);
    return out;
}

QList<Route> RouteTable::forSite(const QString &siteId) const
{
    return pick(m_bySite.value(siteId));
}

QList<Route> RouteTable::forProfile(const QString &profileId) const
{
    return pick(m_byProfile.value(profileId));
}

QList<Route> RouteTable::forLink(const QString &siteId, const QString &linkId) const
{
    return pick(m_byLink.value({siteId, linkId}));
}

QList<Ipv4Prefix> RouteTable::destinations(const QString &siteId, const QString &linkId) const
{
    QList<Ipv4Prefix> out;
    for (const int i : m_byLink.value({siteId, linkId}))
        out.append(m_routes[i].destination);
    return out;
}
