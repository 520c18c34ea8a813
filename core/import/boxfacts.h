#pragma once

#include "core/import/chapsecretsparser.h"
#include "core/import/routeevidence.h"
#include "core/import/routescriptparser.h"
#include "core/import/sourceplace.h"
#include "core/model/enums.h"
#include "core/net/ipv4prefix.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One IKE connection of a box (a swanctl.conf connection or an ipsec.conf conn),
// reduced to what the topology model holds. Selectors: an empty list with
// `dynamic` set is the box itself.
struct TunnelFacts
{
    QString name;
    SourcePlace place;
    QString localAddress;  // local_addrs / left (empty: any)
    QString remoteAddress; // remote_addrs / right ("%any": remote access)
    QString localId;
    QString remoteId;
    std::optional<IkeVersion> ike;
    bool transportMode = false; // mode=transport / type=transport
    bool l2tpSelectors = false; // local selector udp/1701: L2TP under IPsec
    bool initiates = false;     // start_action=start / auto=start
    QList<Ipv4Prefix> localTs;
    QList<Ipv4Prefix> remoteTs;
    SourcePlace localTsPlace;
    SourcePlace remoteTsPlace;
    QString proposals; // IKE proposals as written ('!' removed)
    SourcePlace proposalsPlace;
    // Route-based (an IOS VTI): remoteTs are the routes over it and localTs
    // what the box's LAN interfaces hold, not selectors the peer must mirror.
    bool routeBased = false;

    bool remoteAccess() const { return remoteAddress.isEmpty() || remoteAddress == u"%any"; }
};

// A pre-shared key with the ids it belongs to (none: any).
struct PskFacts
{
    QString name; // swanctl: the section's suffix ("ike-hq" -> "hq"); else empty
    QStringList ids;
    QString secret; // decoded text; never printed
    SourcePlace place;
};

// The L2TP server: xl2tpd's [lns] with its pppd options file.
struct LnsFacts
{
    std::optional<Ipv4Prefix> pool;
    std::optional<Ipv4Address> localAddress;
    QList<Ipv4Address> dns;
    QString name; // the server's PPP name (chap-secrets' second column)
    SourcePlace place;
};

// An L2TP client section ([lac NAME]): this box dials `lns`.
struct LacFacts
{
    QString section;
    QString lns;
    QString pppName;  // its options file's "name" (chap-secrets' first column)
    QString ipparam;  // passed to ip-up as $6
    SourcePlace place;
};

// Everything one box's files say, before boxes are matched with each other.
struct BoxFacts
{
    QString label;
    Platform platform = Platform::LinuxStrongswan; // what the box's files are for
    // Addresses the box's files give as its own besides its connections'
    // local ends (RouterOS: a public interface address, a peer's local-address).
    QStringList ownAddresses;
    QList<TunnelFacts> tunnels;
    QList<PskFacts> psks;
    std::optional<LnsFacts> lns;
    QList<LacFacts> lacs;
    QList<ChapSecret> chap;
    QList<ScriptRoute> routes;
    std::optional<int> pppMtu;
    QString l2tpListen; // xl2tpd's listen-addr
    // Every secret value the parsers met, of any kind (PSKs, EAP and XAuth
    // secrets, key passphrases, passwords), as written and decoded: what a
    // diff of the box's files masks. Never printed.
    QStringList secretTexts;
    // Routes the box has (`ip [-json] route` output among its files): evidence,
    // judged against the imported topology once it is built (RouteEvidence).
    QList<BoxRoute> routesOnBox = {};
};
