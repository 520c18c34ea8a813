#include "core/generators/cisco/ciscolinks.h"

#include "core/generators/cisco/ciscoremoteaccess.h"
#include "core/generators/cisco/ciscosyntax.h"
#include "core/generators/common/targetsyntax.h"
#include "core/generators/common/failovertiming.h"
#include "core/mtu/mtucalculator.h"

#include <QMap>

namespace {

QList<const Link *> ipsecLinks(const TopologyIndex &index, const Site &site)
{
    QList<const Link *> out;
    for (const Link *l : index.linksOf(site.id)) {
        if (l->transport == Transport::Ipsec)
            out.append(l);
    }
    return out;
}

// The addresses and liveness of one link end (docs/failover.md): a backup
// link uses each end's second uplink where it has one; a link that fails over
// detects a dead peer in seconds (periodic DPD), not on demand.
struct LinkEnd
{
    QString self;  // this router's address on the link
    QString peer;  // the peer's
    bool fastDpd = false;
};

QStringList ikev2Lines(const Link &link, const Site &peer, const LinkEnd &end, const QString &psk)
{
    const QString n = CiscoSyntax::name(link.id);
    const bool literal = TargetSyntax::isIpv4Literal(end.peer);
    const QString match = literal
        ? QStringLiteral(" match identity remote address %1 255.255.255.255").arg(end.peer)
        : QStringLiteral(" match identity remote fqdn %1").arg(end.peer);
    return {
        QStringLiteral("crypto ikev2 keyring %1").arg(n),
        QStringLiteral(" peer %1").arg(peer.id),
        literal ? QStringLiteral("  address %1").arg(end.peer)
                : QStringLiteral("  identity fqdn %1").arg(end.peer),
        QStringLiteral("  pre-shared-key %1").arg(psk),
        QStringLiteral("crypto ikev2 profile %1").arg(n),
        match,
        // A site with a DNS name identifies itself by FQDN, otherwise by its address.
        TargetSyntax::isIpv4Literal(end.self)
            ? QStringLiteral(" identity local address %1").arg(end.self)
            : QStringLiteral(" identity local fqdn %1").arg(end.self),
        QStringLiteral(" authentication remote pre-share"),
        QStringLiteral(" authentication local pre-share"),
        QStringLiteral(" keyring local %1").arg(n),
        end.fastDpd ? QStringLiteral(" dpd %1 3 periodic").arg(FailoverTiming::kDpdDelaySeconds)
                    : QStringLiteral(" dpd 30 5 on-demand"),
        QStringLiteral("crypto ipsec profile %1").arg(n),
        QStringLiteral(" set transform-set RS-TUNNEL"),
        QStringLiteral(" set ikev2-profile %1").arg(n),
        QStringLiteral(" set pfs group14"),
    };
}

QStringList ikev1Lines(const Link &link, const LinkEnd &end, const QString &psk)
{
    const QString n = CiscoSyntax::name(link.id);
    const bool literal = TargetSyntax::isIpv4Literal(end.peer);
    QStringList out{
        QStringLiteral("crypto keyring %1").arg(n),
        literal ? QStringLiteral(" pre-shared-key address %1 key %2").arg(end.peer, psk)
                : QStringLiteral(" pre-shared-key hostname %1 key %2").arg(end.peer, psk),
        QStringLiteral("crypto isakmp profile %1").arg(n),
        QStringLiteral(" keyring %1").arg(n),
        literal ? QStringLiteral(" match identity address %1 255.255.255.255").arg(end.peer)
                : QStringLiteral(" match identity host %1").arg(end.peer)};
    if (end.fastDpd)
        out << QStringLiteral(" keepalive %1 retry 2 periodic").arg(FailoverTiming::kDpdDelaySeconds);
    return out + QStringList{
        QStringLiteral("crypto ipsec profile %1").arg(n),
        QStringLiteral(" set transform-set RS-TUNNEL"),
        QStringLiteral(" set isakmp-profile %1").arg(n),
        QStringLiteral(" set pfs group14"),
    };
}

} // namespace

namespace CiscoLinks {

bool needsIsakmp(const TopologyIndex &index, const Site &site)
{
    const QList<const Link *> links = ipsecLinks(index, site);
    return std::any_of(links.cbegin(), links.cend(),
                       [](const Link *l) { return l->ike == IkeVersion::Ikev1; });
}

QStringList lines(const GeneratorInput &input, const Site &site, bool haveIsakmpPolicies)
{
    const QList<const Link *> links = ipsecLinks(input.index, site);
    const MtuPlan tunnelMtu = MtuCalculator::ipsecTunnel();
    QStringList out;
    QMap<QString, QString> tunnelOfLink;
    if (!links.isEmpty()) {
        out << QStringLiteral("! ---- Route-based IPsec links (tunnel MTU %1, TCP MSS %2) ----")
                   .arg(tunnelMtu.recommendedMtu)
                   .arg(tunnelMtu.recommendedMss);
        if (!haveIsakmpPolicies && needsIsakmp(input.index, site))
            out << CiscoRemoteAccess::isakmpPolicies(false);
        const bool ikev2 = std::any_of(links.cbegin(), links.cend(), [](const Link *l) {
            return l->ike == IkeVersion::Ikev2;
        });
        if (ikev2) {
            out << QStringLiteral("crypto ikev2 proposal RS-IKEV2")
                << QStringLiteral(" encryption aes-cbc-256")
                << QStringLiteral(" integrity sha256")
                << QStringLiteral(" group 14")
                << QStringLiteral("crypto ikev2 policy RS-IKEV2")
                << QStringLiteral(" proposal RS-IKEV2");
        }
        out << QStringLiteral("crypto ipsec transform-set RS-TUNNEL esp-aes 256 esp-sha256-hmac")
            << QStringLiteral(" mode tunnel")
            << QStringLiteral("!");
    }
    int number = 0;
    for (const Link *link : links) {
        const Site *peer = input.index.site(link->otherEnd(site.id));
        if (!peer)
            continue;
        const QString psk = input.secrets.psk.value(link->secret);
        const QString tunnel = QStringLiteral("Tunnel%1").arg(number++);
        tunnelOfLink.insert(link->id, tunnel);
        LinkEnd end{site.addressFor(link->isBackup()), peer->addressFor(link->isBackup())};
        end.fastDpd = FailoverTiming::linkFailsOver(input.index, *link, site, *peer);
        out << QStringLiteral("! Link %1 to %2 (%3, %4%5)")
                   .arg(link->id, peer->id, end.peer,
                        link->ike == IkeVersion::Ikev2 ? QStringLiteral("IKEv2")
                                                        : QStringLiteral("IKEv1"),
                        link->isBackup() ? QStringLiteral(", backup path: its routes have "
                                                          "the higher distance")
                                         : QString());
        if (!TargetSyntax::isIpv4Literal(end.peer)) {
            out << QStringLiteral("! IOS resolves %1 when the tunnel is configured "
                                  "(needs ip domain lookup and ip name-server)")
                       .arg(end.peer);
        }
        if (link->ike == IkeVersion::Ikev1 && !TargetSyntax::isIpv4Literal(site.publicAddress)) {
            out << QStringLiteral("! IKEv1 identifies this router by address; a DNS-name site "
                                  "should use IKEv2 links (docs/vendors.md)");
        }
        out << (link->ike == IkeVersion::Ikev2 ? ikev2Lines(*link, *peer, end, psk)
                                                : ikev1Lines(*link, end, psk));
        // A second uplink: the tunnel leaves from its address (IOS accepts an
        // address as tunnel source); a name cannot be one.
        const bool ownUplink = end.self != site.publicAddress;
        const QString source = ownUplink && TargetSyntax::isIpv4Literal(end.self)
                                   ? end.self
                                   : CiscoSyntax::wanInterface();
        if (ownUplink && source != end.self) {
            out << QStringLiteral("! %1 is a name: set tunnel source to the interface of that uplink")
                       .arg(end.self);
        }
        out << QStringLiteral("interface %1").arg(tunnel)
            << QStringLiteral(" description RouteStudio link %1 to %2").arg(link->id, peer->id)
            << QStringLiteral(" ip unnumbered %1").arg(CiscoSyntax::wanInterface())
            << QStringLiteral(" ip mtu %1").arg(tunnelMtu.recommendedMtu)
            << QStringLiteral(" ip tcp adjust-mss %1").arg(tunnelMtu.recommendedMss)
            << QStringLiteral(" tunnel source %1").arg(source)
            << QStringLiteral(" tunnel mode ipsec ipv4")
            << QStringLiteral(" tunnel destination %1").arg(end.peer)
            << QStringLiteral(" tunnel protection ipsec profile %1")
                   .arg(CiscoSyntax::name(link->id))
            << QStringLiteral("!");
    }
    for (const Link *l : input.index.linksOf(site.id)) {
        if (l->transport == Transport::L2tp) {
            out << QStringLiteral("! Link %1 (transport l2tp) is not generated for Cisco IOS: "
                                  "use transport ipsec for this site (docs/vendors.md)")
                       .arg(l->id);
        }
    }
    const QList<Route> routes = input.routes.forSite(site.id);
    bool header = false;
    for (const Route &r : routes) {
        const QString tunnel = tunnelOfLink.value(r.link);
        if (tunnel.isEmpty())
            continue;
        if (!header) {
            out << QStringLiteral("! ---- Static routes ----");
            header = true;
        }
        // Floating static routes (docs/failover.md): a backup's routes carry
        // the higher administrative distance; when a VTI's IPsec SA goes, its
        // line protocol goes down and its routes with it.
        out << QStringLiteral("! %1").arg(r.reason)
            << (r.metric > 0 ? QStringLiteral("ip route %1 %2 %3 name %4")
                                   .arg(CiscoSyntax::prefix(r.destination), tunnel)
                                   .arg(r.distance())
                                   .arg(CiscoSyntax::name(r.link))
                             : QStringLiteral("ip route %1 %2 name %3")
                                   .arg(CiscoSyntax::prefix(r.destination), tunnel,
                                        CiscoSyntax::name(r.link)));
    }
    return out;
}

} // namespace CiscoLinks
