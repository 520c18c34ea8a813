#pragma once

#include "core/model/enums.h"
#include "core/model/link.h"
#include "core/net/ipv4prefix.h"

#include <QString>
#include <QtGlobal>

// One static route a box needs. A box is a site (its gateway/server) or the
// clients of a remote-access profile.
struct Route
{
    enum class BoxKind { Site, Profile };
    enum class Via {
        Link,         // the tunnel interface of `link` on this site
        ClientTunnel, // the client's L2TP/PPP interface
    };

    BoxKind boxKind = BoxKind::Site;
    QString box; // site id or profile id
    Ipv4Prefix destination;
    Via via = Via::Link;
    QString link;     // link id (Via::Link)
    QString peer;     // site at the far end (the hub for profiles)
    Transport transport = Transport::Ipsec;
    // Failover (docs/failover.md): the route's metric, lower wins; 0 = the
    // platform's default (a primary path with nothing to prefer it over).
    // `backup`: the route is over a backup link (a floating static route).
    int metric = 0;
    bool backup = false;
    QString reason;   // why the route exists, for people

    // The metric of a route over `link`: the link's own, else the role's
    // default (primary 0, backup kBackupMetric), plus kTransitMetric when the
    // box reaches the destination through more than one hub and this hub does
    // not own it (transit prefers the hub that owns the destination).
    static constexpr int kBackupMetric = 100;
    static constexpr int kTransitMetric = 10;
    static int metricFor(const Link &link, bool transitThroughSeveralHubs);
    // The metric as a route distance for platforms whose default is 1
    // (Cisco administrative distance, RouterOS distance): metric + 1, at most 255.
    int distance() const { return qMin(255, metric + 1); }

    QString viaText() const;
};
