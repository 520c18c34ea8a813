#pragma once

#include "core/generators/generatorinput.h"
#include "core/net/ipv4prefix.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

// What one hub's L2TP/IPsec remote-access service looks like, worked out once
// for the vendor server generators and the client generators: the PSK shared by
// its clients, the address ranges handed out, the PPP users and the MTU/MSS.
// (Lives beside the client generators until a shared home exists.)
struct RemoteAccessPlan
{
    struct Range
    {
        Ipv4Address first;
        Ipv4Address last;
        quint32 size() const { return last.value() - first.value() + 1; }
    };
    struct User
    {
        QString name;
        QString password;
        QString link;              // set for a gateway dialling in over an `l2tp` link
        QList<Ipv4Prefix> routes;  // the hub's routes to that gateway (link users only)
    };

    QString hubId;
    QString publicAddress;
    QString pskName; // the first profile's secret name (else the first l2tp link's)
    QString psk;
    Ipv4Prefix pool;
    Ipv4Address localAddress;
    QList<Range> ranges; // the pool's host addresses without localAddress
    QList<Ipv4Address> dns;
    QList<User> users; // profile users (first mention wins), then l2tp-link gateways
    int mtu = 0;
    int mss = 0;

    // nullopt when `hub` has no remoteAccess or nothing (profile, l2tp link) uses it.
    // A gateway on an `l2tp` link logs in as PPP user dialInUser(link) with the
    // link's secret as password, and authenticates IPsec with dialInPskName.
    static std::optional<RemoteAccessPlan> forHub(const GeneratorInput &input, const Site &hub);
    // pskName of forHub without the rest (empty when nothing uses the server).
    static QString serverPskName(const TopologyIndex &index, const Site &hub);
    // The PSK (secret name) `hub` expects from a gateway dialling it over the `l2tp`
    // `link`: a MikroTik hub's L2TP server has one ipsec-secret (serverPskName); a
    // Linux hub gives each dial-in link its own IKE connection keyed with the link's
    // secret (swanctl `l2tp-<link>`). The MikroTik generator writes it and the
    // bundle secret policy allows it, both by asking this.
    static QString dialInPskName(const TopologyIndex &index, const Site &hub, const Link &link);
    // The PPP user name a gateway dials in with over the `l2tp` `link`, on every
    // platform: the link's id (unique per link, so two links of one gateway stay
    // apart; a Linux hub's ip-up routes the call by it, as PEERNAME).
    static QString dialInUser(const Link &link) { return link.id; }
    // The range with the most addresses (for targets that take one range).
    Range largestRange() const;
};
