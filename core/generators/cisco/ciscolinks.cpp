#include "core/generators/cisco/ciscolinks.h"

#include "core/generators/cisco/ciscoremoteaccess.h"
#include "core/generators/cisco/ciscosyntax.h"
#include "core/generators/common/targetsyntax.h"
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

QStringList ikev2Lines(const Link &link, const Site &self, const Site &peer, const QString &psk)
{
    const QString n = CiscoSyntax::name(link.id);
    const bool literal = TargetSyntax::isIpv4Literal(peer.publicAddress);
    const QString match = literal
        ? QStringLiteral(" match identity remote address %1 255.255.255.255").arg(peer.publicAddress)
        : QStringLiteral(" match identity remote fqdn %1").arg(peer.publicAddress);
    return {
        QStringLiteral("crypto ikev2 keyring %1").arg(n),
        QStringLiteral(" peer %1").arg(peer.id),
        literal ? QStringLiteral("  address %1").arg(peer.publicAddress)
                : QStringLiteral("  identity fqdn %1").arg(peer.publicAddress),
        QStringLiteral("  pre-shared-key %1").arg(psk),
        QStringLiteral("crypto ikev2 profile %1").arg(n),
        match,
        // A site with a DNS name identifies itself by FQDN, otherwise by its address.
        TargetSyntax::isIpv4Literal(self.publicAddress)
            ? QStringLiteral(" identity local address %1").arg(self.publicAddress)
            : QStringLiteral(" identity local fqdn %1").arg(self.publicAddress),
        QStringLiteral(" authentication remote pre-share"),
        QStringLiteral(" authentication local pre-share"),
        QStringLiteral(" keyring local %1").arg(n),
        QStringLiteral(" dpd 30 5 on-demand"),
        QStringLiteral("crypto ipsec profile %1").arg(n),
        QStringLiteral(" set transform-set RS-TUNNEL"),
        QStringLiteral(" set ikev2-profile %1").arg(n),
        QStringLiteral(" set pfs group14"),
    };
}

QStringList ikev1Lines(const Link &link, const Site &peer, const QString &psk)
{
    const QString n = CiscoSyntax::name(link.id);
    const bool literal = TargetSyntax::isIpv4Literal(peer.publicAddress);
    return {
        QStringLiteral("crypto keyring %1").arg(n),
        literal ? QStringLiteral(" pre-shared-key address %1 key %2").arg(peer.publicAddress, psk)
                : QStringLiteral(" pre-shared-key hostname %1 key %2").arg(peer.publicAddress, psk),
        QStringLiteral("crypto isakmp profile %1").arg(n),
        QStringLiteral(" keyring %1").arg(n),
        literal ? QStringLiteral(" match identity address %1 255.255.255.255").arg(peer.publicAddress)
                : QStringLiteral(" match identity host %1").arg(peer.publicAddress),
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
        out << QStringLiteral("! Link %1 to %2 (%3, %4)")
                   .arg(link->id, peer->id, peer->publicAddress,
                        link->ike == IkeVersion::Ikev2 ? QStringLiteral("IKEv2")
                                                        : QStringLiteral("IKEv1"));
        if (!TargetSyntax::isIpv4Literal(peer->publicAddress)) {
            out << QStringLiteral("! IOS resolves %1 when the tunnel is configured "
                                  "(needs ip domain lookup and ip name-server)")
                       .arg(peer->publicAddress);
        }
        if (link->ike == IkeVersion::Ikev1 && !TargetSyntax::isIpv4Literal(site.publicAddress)) {
            out << QStringLiteral("! IKEv1 identifies this router by address; a DNS-name site "
                                  "should use IKEv2 links (docs/vendors.md)");
        }
        out << (link->ike == IkeVersion::Ikev2 ? ikev2Lines(*link, site, *peer, psk)
                                                : ikev1Lines(*link, *peer, psk));
        out << QStringLiteral("interface %1").arg(tunnel)
            << QStringLiteral(" description RouteStudio link %1 to %2").arg(link->id, peer->id)
            << QStringLiteral(" ip unnumbered %1").arg(CiscoSyntax::wanInterface())
            << QStringLiteral(" ip mtu %1").arg(tunnelMtu.recommendedMtu)
            << QStringLiteral(" ip tcp adjust-mss %1").arg(tunnelMtu.recommendedMss)
            << QStringLiteral(" tunnel source %1").arg(CiscoSyntax::wanInterface())
            << QStringLiteral(" tunnel mode ipsec ipv4")
            << QStringLiteral(" tunnel destination %1").arg(peer->publicAddress)
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
        out << QStringLiteral("! %1").arg(r.reason)
            << QStringLiteral("ip route %1 %2 name %3")
                   .arg(CiscoSyntax::prefix(r.destination), tunnel, CiscoSyntax::name(r.link));
    }
    return out;
}

} // namespace CiscoLinks
