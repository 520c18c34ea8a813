#pragma once

#include "core/model/topology.h"
#include "core/model/topologyindex.h"
#include "core/routes/routetable.h"
#include "core/validation/poolrange.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <utility>

// What one profile's clients get in the hub's DHCPACK to their DHCPINFORM.
struct PushAnswer
{
    const Profile *profile = nullptr;
    QList<Ipv4Prefix> routes;       // options 121 and 249; empty: full tunnel or routePush off
    QList<Ipv4Address> dns;         // option 6: the hub's remoteAccess.dns
    QString domain;                 // option 15; empty for none
    QList<PoolRange::Range> ranges; // the profile's addresses, inside the pool
    QList<std::pair<QString, Ipv4Address>> users; // each user's fixed PPP address
};

// Route push on one Linux hub (docs/route-push.md). pppd tells the profiles
// apart only by the client's address, so every user of the hub's profiles gets
// a fixed address (chap-secrets' address column), profile after profile in file
// order, then every gateway that dials in over an l2tp link (so that no address
// xl2tpd hands out can be one of them); a profile's addresses are its range.
// xl2tpd's `ip range` stays the whole pool: pppd replaces the address xl2tpd
// proposes by the one chap-secrets allows. A user listed in two profiles keeps
// the first one's address (validation warns). Built from a validated topology;
// the hub's profiles and links come from the index (a scan of every profile
// and link per hub made a fleet of hubs quadratic).
class PushPlan
{
public:
    static PushPlan forHub(const Topology &topology, const TopologyIndex &index,
                           const RouteTable &routes, const Site &hub);

    // The hub answers DHCPINFORM: a linux-strongswan hub with remoteAccess and
    // at least one profile whose routePush is on.
    bool active = false;
    Ipv4Prefix pool;
    Ipv4Address router; // the hub's PPP address: the routes' gateway
    QList<PushAnswer> answers;
    QList<std::pair<QString, Ipv4Address>> gateways; // link id (its PPP name), address
    bool fits = true; // false when the pool ran out (validation: pool-too-small)

    // The fixed address of each PPP peer name (user or link id): the same as above, by name.
    QHash<QString, Ipv4Address> fixed;
    // The prefix dnsmasq's ranges are given: the pool widened until it holds the
    // hub's PPP address, so the range belongs to the ppp interface's subnet.
    Ipv4Prefix answerSubnet() const;

    // RFC 3442 classless static routes (the payload of options 121 and 249):
    // per route its prefix length, the significant octets of the destination
    // and the router.
    static QByteArray classlessRoutes(const QList<Ipv4Prefix> &routes, Ipv4Address router);
};
