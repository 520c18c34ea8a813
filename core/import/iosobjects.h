#pragma once

#include "core/import/iosconfigparser.h"
#include "core/net/ipv4prefix.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// The named objects of one IOS configuration that others refer to, each
// with the line that defines it: collected in one pass, before any is
// interpreted (a crypto map names an access list defined further down).
struct IosObjects
{
    struct Interface
    {
        const IosLine *line = nullptr;
        std::optional<Ipv4Address> address;
        std::optional<Ipv4Prefix> network;
        QString unnumbered;      // ip unnumbered IFACE
        QString tunnelSource;    // an address or an interface
        QString tunnelDestination;
        QString protection;      // tunnel protection ipsec profile NAME
        QString cryptoMap;       // crypto map NAME
        QString pool;            // peer default ip address pool NAME
        QList<Ipv4Address> dns;  // ppp ipcp dns A [B]
        std::optional<int> mtu;  // ip mtu N
    };
    struct IkeProfile // crypto isakmp profile / crypto ikev2 profile
    {
        const IosLine *line = nullptr;
        bool ikev2 = false;
        QString remote;  // match identity (remote) address or host/fqdn
        QString localId; // identity local address/fqdn (IKEv2)
    };
    struct IpsecProfile // crypto ipsec profile (a VTI's)
    {
        const IosLine *line = nullptr;
        QStringList transformSets;
        QString ikeProfile;
        bool ikev2 = false;
    };
    struct MapEntry // crypto map NAME SEQ ipsec-isakmp [dynamic D], crypto dynamic-map D SEQ
    {
        const IosLine *line = nullptr;
        QString map;
        QString seq;
        QString peer;
        QString acl;
        QStringList transformSets;
        QString dynamic;
        QString ikeProfile;
        bool ikev2 = false;
    };
    struct AclEntry
    {
        const IosLine *line = nullptr;
        bool permit = false;
        QString protocol;
        std::optional<Ipv4Prefix> source;
        std::optional<Ipv4Prefix> destination;
    };
    struct Route // ip route PREFIX MASK {IFACE [NH] | NH} [DISTANCE] [name N] ...
    {
        const IosLine *line = nullptr;
        std::optional<Ipv4Prefix> destination;
        QString interface;
        int distance = 1;
    };

    QMap<QString, Interface> interfaces;
    QHash<QString, IkeProfile> ikeProfiles;
    QHash<QString, bool> transformSetTransport; // name -> mode transport
    QHash<QString, IpsecProfile> ipsecProfiles;
    QList<MapEntry> maps;
    QHash<QString, MapEntry> dynamicMaps;
    QHash<QString, QList<AclEntry>> acls;
    QHash<QString, const IosLine *> namedAcls; // ip access-list extended NAME
    QHash<QString, QString> mapAddress;        // crypto map -> the address of an interface applying it
    QHash<QString, QList<const IosLine *>> pools;
    QHash<QString, QList<Route>> routes; // by the interface they leave through ("" for a next hop)
    const IosLine *vpdnGroup = nullptr;
    QString virtualTemplate; // the vpdn-group's accept-dialin virtual-template number

    static IosObjects collect(const QList<IosLine> &lines);
    // The address of an interface named by `source` (an address itself, or an interface).
    QString addressOf(const QString &source) const;
    // An interface that can hold a LAN: not a tunnel, loopback, virtual template or dialer.
    static bool isLanInterface(const QString &name);
    // The private networks of LAN interfaces (what route-based links offer), found once.
    QList<Ipv4Prefix> lanNetworks;
};
