#pragma once

#include "core/generators/common/linktransit.h"
#include "core/generators/generatorinput.h"

#include <optional>

#include <QHash>
#include <QList>
#include <QStringList>

// One link this site terminates, with the traffic selectors of both ends:
// `remote` are the prefixes this site routes over the link (RouteTable), `local`
// the prefixes the peer routes to this site over it. Both ends of a link
// compute the same pair mirrored, so their selectors agree by construction.
struct PlannedLink
{
    const Link *link = nullptr;
    const Site *peer = nullptr;
    bool localIsHub = false;
    // The PSK (secret name) IKE authenticates this link with: the link's secret,
    // except where a gateway dials a hub that expects another one
    // (RemoteAccessPlan::dialInPskName: a MikroTik L2TP server has one ipsec-secret).
    QString pskName;
    QList<Ipv4Prefix> local;
    QList<Ipv4Prefix> remote;
    // Failover (docs/failover.md): a backup link's children are bound to the
    // site's backup XFRM interface, its routes carry their metrics, and each
    // end uses its second uplink's address where it has one.
    bool backup = false;
    QString localAddress; // this site's end (Site::addressFor)
    QString peerAddress;  // the peer's end
    QHash<Ipv4Prefix, int> metrics; // remote prefix -> route metric (absent: 0)
    // Dead peer detection fast enough to fail over (docs/failover.md): the link
    // is a backup, or its gateway end also has a backup link.
    bool fastDpd = false;

    // A failover probe of the peer (a MikroTik or pfSense end) pings this end
    // of the tunnel (LinkTransits::probed): the box owns `transit->local` on the
    // link's XFRM interface and both transit addresses are in the selectors.
    std::optional<LinkTransit> transit = std::nullopt;

    int metricOf(const Ipv4Prefix &p) const { return metrics.value(p, 0); }
};

// What the Linux generators of one site share: its links, its remote-access
// users and the interface names. Built from a validated topology.
class LinuxSitePlan
{
public:
    LinuxSitePlan(const GeneratorInput &input, const Site &site);

    const GeneratorInput &input;
    const Site &site;

    QList<PlannedLink> ipsecLinks;   // transport ipsec: tunnel-mode connections
    QList<PlannedLink> l2tpDialIns;  // hub side of l2tp links (the gateway dials in)
    QList<PlannedLink> l2tpDialOuts; // gateway side of l2tp links (this box dials the hub)
    QList<const Profile *> profiles; // remote-access profiles served by this hub
    QStringList users;               // every user of those profiles, first-seen order
    QStringList profilePsks;         // distinct PSK names of those profiles

    bool servesRemoteAccess() const { return site.isHub() && site.remoteAccess.has_value(); }
    // xl2tpd and pppd run as the L2TP server (LNS), as client (LAC) for dial-out links, or both.
    bool runsXl2tpd() const { return servesRemoteAccess() || !l2tpDialOuts.isEmpty(); }
    // UDP 1701 is in use (under IPsec) on this box.
    bool speaksL2tp() const { return runsXl2tpd() || !l2tpDialIns.isEmpty(); }
    bool hasFullTunnelProfile() const;

    // The site's `tunnelInterface` when it is a valid interface name, else xfrm0:
    // the XFRM interface its IPsec children are bound to (if_id_in/if_id_out).
    QString tunnelInterface() const;
    // The XFRM interface id of that interface and of every IPsec child of the
    // site ("RS"; one per box, so nothing else on it may use it).
    static constexpr int kXfrmInterfaceId = 0x5253;
    // The children of backup links: a second XFRM interface (the primary's
    // name, at most 13 characters, + "-b") with the next id, so the same
    // destinations have two routes, one per interface, chosen by metric.
    QString backupInterface() const;
    static constexpr int kBackupXfrmInterfaceId = kXfrmInterfaceId + 1;
    QString interfaceOf(const PlannedLink &l) const { return l.backup ? backupInterface() : tunnelInterface(); }
    static int interfaceIdOf(const PlannedLink &l) { return l.backup ? kBackupXfrmInterfaceId : kXfrmInterfaceId; }
    // True when an IPsec link here is a backup link: the box runs two XFRM
    // interfaces and fails over on dead peer detection.
    bool hasBackupIpsecLink() const;
    // True when a link here has fast dead peer detection: charon's
    // retransmission timing is set for failover (docs/failover.md).
    bool failsOver() const;
    // True when the site sets `tunnelInterface` to something that is not an interface name.
    bool tunnelInterfaceRejected() const;

    // Every prefix that takes part in the plan at this site: its LANs, the
    // prefixes it routes over links, and its client pool.
    QList<Ipv4Prefix> routedPrefixes() const;
    // Prefixes that live behind tunnels: routes over links plus the pool.
    QList<Ipv4Prefix> tunnelPrefixes() const;

    QString publicAddress() const { return site.publicAddress; }
    QString secret(const QString &pskName) const;

    // Plans built so far in this process (tests: one per Linux site and run).
    static int builds();
};
