#pragma once

#include "core/net/ipv4address.h"

#include <QList>
#include <QString>

// One address the monitor pings, and what it stands for. A target belongs to
// a link, a site or a client profile (the ids say which; the others are
// empty). `key` is unique within one monitoring session.
struct ProbeTarget
{
    enum class Kind {
        LinkFarLan, // the far gateway's LAN address, seen across a link
        SiteLan,    // a site's own LAN address
        HubPpp,     // the hub's PPP address (remoteAccess.localAddress)
        Named,      // a host the admin named
    };

    QString key;
    QString profile;
    QString link;
    QString site;
    QString name; // for people: "site-a LAN", "hq PPP", or the admin's label
    Ipv4Address address;
    Kind kind = Kind::Named;

    // "profile=staff link= site=hq" style scope, for messages and CSV.
    QString scope() const;

    friend bool operator==(const ProbeTarget &a, const ProbeTarget &b)
    {
        return a.key == b.key && a.profile == b.profile && a.link == b.link && a.site == b.site
               && a.name == b.name && a.address == b.address && a.kind == b.kind;
    }
};

using ProbeTargets = QList<ProbeTarget>;
