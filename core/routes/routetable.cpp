#include "core/routes/routetable.h"

namespace {

struct HubLink
{
    const Link *link;
    const Site *hub;
    const Site *gateway;
};

// Links with exactly one hub end and two known sites, in file order.
QList<HubLink> hubLinks(const Topology &t)
{
    QList<HubLink> out;
    for (const Link &l : t.links) {
        const Site *a = t.site(l.from);
        const Site *b = t.site(l.to);
        if (!a || !b || a == b || a->isHub() == b->isHub())
            continue;
        out.append(a->isHub() ? HubLink{&l, a, b} : HubLink{&l, b, a});
    }
    return out;
}

Route siteRoute(const HubLink &hl, const Site &box, const Ipv4Prefix &dest, const QString &why)
{
    Route r;
    r.boxKind = Route::BoxKind::Site;
    r.box = box.id;
    r.destination = dest.network();
    r.via = Route::Via::Link;
    r.link = hl.link->id;
    r.peer = (&box == hl.hub ? hl.gateway : hl.hub)->id;
    r.transport = hl.link->transport;
    r.reason = why;
    return r;
}

void gatewayRoutes(const HubLink &hl, const QList<HubLink> &all, QList<Route> *out)
{
    for (const Ipv4Prefix &lan : hl.hub->lans)
        out->append(siteRoute(hl, *hl.gateway, lan, QStringLiteral("LAN of hub %1").arg(hl.hub->id)));
    for (const HubLink &other : all) {
        if (other.hub != hl.hub || other.gateway == hl.gateway)
            continue;
        for (const Ipv4Prefix &lan : other.gateway->lans) {
            out->append(siteRoute(hl, *hl.gateway, lan,
                                  QStringLiteral("LAN of %1, reached through hub %2")
                                      .arg(other.gateway->id, hl.hub->id)));
        }
    }
    if (hl.hub->remoteAccess) {
        out->append(siteRoute(hl, *hl.gateway, hl.hub->remoteAccess->pool,
                              QStringLiteral("remote-access client pool of hub %1").arg(hl.hub->id)));
    }
}

} // namespace

QList<Ipv4Prefix> RouteTable::reachableThroughHub(const Topology &t, const QString &hubId)
{
    QList<Ipv4Prefix> out;
    const Site *hub = t.site(hubId);
    if (!hub)
        return out;
    for (const Ipv4Prefix &lan : hub->lans)
        out.append(lan.network());
    for (const HubLink &hl : hubLinks(t)) {
        if (hl.hub != hub)
            continue;
        for (const Ipv4Prefix &lan : hl.gateway->lans)
            out.append(lan.network());
    }
    return out;
}

RouteTable RouteTable::build(const Topology &t)
{
    RouteTable table;
    const QList<HubLink> links = hubLinks(t);
    for (const Site &site : t.sites) {
        for (const HubLink &hl : links) {
            if (hl.hub == &site) {
                for (const Ipv4Prefix &lan : hl.gateway->lans) {
                    table.m_routes.append(siteRoute(
                        hl, site, lan, QStringLiteral("LAN of gateway %1").arg(hl.gateway->id)));
                }
            } else if (hl.gateway == &site) {
                gatewayRoutes(hl, links, &table.m_routes);
            }
        }
    }
    for (const Profile &p : t.profiles) {
        const bool full = p.tunnel == TunnelMode::Full;
        QList<Ipv4Prefix> dests;
        if (full)
            dests = {Ipv4Prefix(Ipv4Address(0), 0)};
        else if (p.routes.isEmpty())
            dests = reachableThroughHub(t, p.hub);
        else
            dests = p.routes;
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
            table.m_routes.append(r);
        }
    }
    return table;
}

QList<Route> RouteTable::forSite(const QString &siteId) const
{
    QList<Route> out;
    for (const Route &r : m_routes) {
        if (r.boxKind == Route::BoxKind::Site && r.box == siteId)
            out.append(r);
    }
    return out;
}

QList<Route> RouteTable::forProfile(const QString &profileId) const
{
    QList<Route> out;
    for (const Route &r : m_routes) {
        if (r.boxKind == Route::BoxKind::Profile && r.box == profileId)
            out.append(r);
    }
    return out;
}

QList<Ipv4Prefix> RouteTable::destinations(const QString &siteId, const QString &linkId) const
{
    QList<Ipv4Prefix> out;
    for (const Route &r : forSite(siteId)) {
        if (r.link == linkId)
            out.append(r.destination);
    }
    return out;
}
