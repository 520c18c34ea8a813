#pragma once

// The generated topology both canvas and monitor benches use: one hub per 50
// sites with a client pool and a profile, gateways on all four platforms
// dialling their hub over L2TP, an IPsec link between every third pair of
// neighbouring gateways (1,000 sites: 20 hubs, 1,300 links).
#include "core/model/topology.h"

namespace BenchTopology {

constexpr int kSitesPerHub = 50;

inline Ipv4Prefix prefix(quint32 address, int length)
{
    return Ipv4Prefix(Ipv4Address(address), length);
}

// Hub h owns 10.h.0.0/16 split into /24 LANs for its gateways; pools come
// from 172.16.0.0/12.
inline Topology generate(int sites)
{
    Topology t;
    t.name = QStringLiteral("benchmark");
    const int hubs = qMax(1, sites / kSitesPerHub);
    QStringList hubIds;
    for (int h = 0; h < hubs; ++h) {
        Site hub;
        hub.id = QStringLiteral("hub-%1").arg(h);
        hub.name = QStringLiteral("Hub %1").arg(h);
        hub.role = SiteRole::Hub;
        hub.publicAddress = QStringLiteral("hub-%1.example.net").arg(h);
        hub.lans << prefix(0x0a000000u | quint32(h) << 16, 24);
        RemoteAccess ra;
        ra.pool = prefix(0xac100000u + quint32(h) * 1024, 22);
        ra.localAddress = Ipv4Address(ra.pool.first() + 1);
        hub.remoteAccess = ra;
        t.sites << hub;
        hubIds << hub.id;
        Profile p;
        p.id = QStringLiteral("staff-%1").arg(h);
        p.hub = hub.id;
        p.secret = p.id;
        p.users << QStringLiteral("alice%1").arg(h) << QStringLiteral("bob%1").arg(h);
        t.profiles << p;
    }
    for (int g = 0; t.sites.size() < sites; ++g) {
        const int h = g % hubs;
        const int k = g / hubs + 1;
        Site gw;
        gw.id = QStringLiteral("gw-%1").arg(g);
        gw.name = QStringLiteral("Branch %1").arg(g);
        gw.role = SiteRole::Gateway;
        gw.platform = Platform(g % 4);
        gw.publicAddress = QStringLiteral("198.18.%1.%2").arg(g / 250).arg(g % 250 + 1);
        gw.lans << prefix(0x0a000000u | quint32(h) << 16 | quint32(k) << 8, 24);
        t.sites << gw;
        Link l;
        l.id = QStringLiteral("l2tp-%1").arg(g);
        l.from = gw.id;
        l.to = hubIds[h];
        l.transport = Transport::L2tp;
        l.ike = IkeVersion::Ikev1;
        l.secret = l.id;
        t.links << l;
        if (k > 1 && g % 3 == 0) { // some gateway-to-gateway IPsec links
            Link s;
            s.id = QStringLiteral("ipsec-%1").arg(g);
            s.from = QStringLiteral("gw-%1").arg(g - hubs);
            s.to = gw.id;
            s.secret = s.id;
            t.links << s;
        }
    }
    return t;
}

} // namespace BenchTopology
