#pragma once

#include "core/model/enums.h"
#include "core/net/ipv4prefix.h"

#include <QString>

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
    QString reason;   // why the route exists, for people

    QString viaText() const;
};
