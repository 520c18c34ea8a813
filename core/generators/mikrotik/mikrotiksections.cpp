#include "core/generators/mikrotik/mikrotiksections.h"

#include "core/generators/common/failovertiming.h"
#include "core/generators/common/linktransit.h"
#include "core/generators/mikrotik/routerossyntax.h"
#include "core/mtu/mtucalculator.h"

using RouterOsSyntax::name;
using RouterOsSyntax::quote;
using RouterOsSyntax::tag;

namespace {

QString peerAddress(const QString &publicAddress)
{
    // RouterOS takes an address prefix or (since 6.44) a DNS name.
    return Ipv4Address::parse(publicAddress) ? publicAddress + QStringLiteral("/32")
                                             : publicAddress;
}

// A site with a DNS name identifies itself by FQDN, otherwise by its address.
QString identities(const Site &self, const Site &peer)
{
    QString out;
    if (!Ipv4Address::parse(self.publicAddress))
        out += QStringLiteral(" my-id=fqdn:") + self.publicAddress;
    if (!Ipv4Address::parse(peer.publicAddress))
        out += QStringLiteral(" remote-id=fqdn:%1 match-by=remote-id").arg(peer.publicAddress);
    return out;
}

} // namespace

namespace MikrotikSections {

QStringList cleanup()
{
    return {
        QStringLiteral("# ---- Remove what an earlier run added ----"),
        QStringLiteral("/ip route remove [find comment=\"routestudio\"]"),
        QStringLiteral("/ip firewall nat remove [find comment=\"routestudio\"]"),
        QStringLiteral("/ip firewall mangle remove [find comment=\"routestudio\"]"),
        QStringLiteral("/interface l2tp-client remove [find comment=\"routestudio\"]"),
        QStringLiteral("/ip ipsec policy remove [find comment=\"routestudio\"]"),
        QStringLiteral("/ip ipsec identity remove [find comment=\"routestudio\"]"),
        QStringLiteral("/ip ipsec peer remove [find comment=\"routestudio\"]"),
        QStringLiteral("/ip ipsec proposal remove [find name=\"rs-esp\"]"),
        QStringLiteral("/ip ipsec profile remove [find name=\"rs-ike\"]"),
        QStringLiteral("/ip ipsec profile remove [find name=\"rs-ike-fo\"]"),
        QStringLiteral("/tool netwatch remove [find comment=\"routestudio\"]"),
        QStringLiteral("/system script remove [find name=\"rs-failover\"]"),
        QStringLiteral("/ip address remove [find comment=\"routestudio\"]"),
        QStringLiteral("/interface bridge remove [find name=\"rs-loopback\"]"),
        QStringLiteral("/ppp secret remove [find comment=\"routestudio\"]"),
        // Only undo our own default profile: a gateway's L2TP server is not ours to change.
        QStringLiteral(":if ([/interface l2tp-server server get default-profile] = \"rs-l2tp\") do={ "
                       "/interface l2tp-server server set default-profile=default-encryption }"),
        QStringLiteral("/ppp profile remove [find name=\"rs-l2tp\"]"),
        QStringLiteral("/ip pool remove [find name=\"rs-l2tp-pool\"]"),
        QStringLiteral("#"),
    };
}

QStringList remoteAccess(const RemoteAccessPlan &plan)
{
    QStringList ranges;
    for (const RemoteAccessPlan::Range &r : plan.ranges)
        ranges << r.first.toString() + QLatin1Char('-') + r.last.toString();
    QStringList dns;
    for (const Ipv4Address &a : plan.dns)
        dns << a.toString();
    QStringList out;
    out << QStringLiteral("# ---- L2TP/IPsec server (PPP MTU %1; change-tcp-mss clamps TCP MSS to %2) ----")
               .arg(plan.mtu)
               .arg(plan.mss)
        << QStringLiteral("/ip pool add name=rs-l2tp-pool ranges=%1").arg(ranges.join(QLatin1Char(',')))
        << QStringLiteral("/ppp profile add name=rs-l2tp local-address=%1 remote-address=rs-l2tp-pool%2 "
                          "change-tcp-mss=yes")
               .arg(plan.localAddress.toString(),
                    dns.isEmpty() ? QString() : QStringLiteral(" dns-server=") + dns.join(QLatin1Char(',')))
        << QStringLiteral("# IPsec required; every client uses the PSK \"%1\"").arg(plan.pskName)
        << QStringLiteral("/interface l2tp-server server set enabled=yes use-ipsec=required "
                          "ipsec-secret=%1 authentication=mschap2 default-profile=rs-l2tp "
                          "max-mtu=%2 max-mru=%2")
               .arg(quote(plan.psk))
               .arg(plan.mtu);
    for (const RemoteAccessPlan::User &user : plan.users) {
        QString routes;
        if (!user.link.isEmpty()) {
            QStringList r;
            for (const Ipv4Prefix &p : user.routes)
                r << p.toString();
            out << QStringLiteral("# Link %1: its gateway dials in as user %2; its LANs are routed to its session")
                       .arg(user.link, user.name);
            routes = QStringLiteral(" routes=") + quote(r.join(QLatin1Char(',')));
        }
        out << QStringLiteral("/ppp secret add name=%1 password=%2 service=l2tp profile=rs-l2tp%3 %4")
                   .arg(quote(user.name), quote(user.password), routes, tag());
    }
    out << QStringLiteral("#");
    return out;
}

QStringList ipsecLinks(const GeneratorInput &input, const Site &site,
                       const MikrotikFailover::Plan &failover)
{
    QStringList out;
    bool first = true;
    for (const Link *l : input.index.linksOf(site.id)) {
        const Link &link = *l;
        if (link.transport != Transport::Ipsec)
            continue;
        const Site *peer = input.index.site(link.otherEnd(site.id));
        if (!peer)
            continue;
        if (first) {
            out << QStringLiteral("# ---- Policy-based IPsec links: IKE aes-256/sha256/modp2048, "
                                  "ESP aes-256-cbc/sha256, PFS modp2048 ----")
                << QStringLiteral("/ip ipsec profile add name=rs-ike hash-algorithm=sha256 "
                                  "enc-algorithm=aes-256 dh-group=modp2048")

                << QStringLiteral("/ip ipsec proposal add name=rs-esp auth-algorithms=sha256 "
                                  "enc-algorithms=aes-256-cbc pfs-group=modp2048");
            if (!failover.probed.isEmpty()) {
                out << QStringLiteral("/ip ipsec profile add name=rs-ike-fo hash-algorithm=sha256 "
                                      "enc-algorithm=aes-256 dh-group=modp2048 dpd-interval=%1s "
                                      "dpd-maximum-failures=3")
                           .arg(FailoverTiming::kDpdDelaySeconds);
            }
            first = false;
        }
        const QString peerName = name(link.id);
        const bool probed = failover.probed.contains(l);
        // A backup link uses each end's second uplink where it has one.
        const QString localAddress = link.isBackup() && !site.backupAddress.isEmpty()
                                         ? QStringLiteral(" local-address=") + site.backupAddress
                                         : QString();
        out << QStringLiteral("# Link %1 to %2 (%3)")
                   .arg(link.id, peer->id,
                        link.ike == IkeVersion::Ikev2 ? QStringLiteral("IKEv2") : QStringLiteral("IKEv1"))
            << QStringLiteral("/ip ipsec peer add name=%1 address=%2%3 exchange-mode=%4 profile=%5 %6")
                   .arg(peerName, peerAddress(peer->addressFor(link.isBackup())), localAddress,
                        link.ike == IkeVersion::Ikev2 ? QStringLiteral("ike2") : QStringLiteral("main"),
                        probed ? QStringLiteral("rs-ike-fo") : QStringLiteral("rs-ike"), tag())
            << QStringLiteral("/ip ipsec identity add peer=%1 auth-method=pre-shared-key secret=%2%3 %4")
                   .arg(peerName, quote(input.secrets.psk.value(link.secret)), identities(site, *peer),
                        tag());
        // RouterOS has no route-based IPsec interface: each route of the route
        // table becomes a policy (local prefixes = what the peer routes to us).
        const QList<Ipv4Prefix> local = input.routes.destinations(peer->id, link.id);
        const QList<Ipv4Prefix> remote = input.routes.destinations(site.id, link.id);
        out << QStringLiteral("# Routes over this link are IPsec policies; the default route carries them");
        QList<QPair<Ipv4Prefix, Ipv4Prefix>> pairs; // (src, dst)
        if (probed) {
            const LinkTransit t = LinkTransits::of(input.topology, link, site.id);
            pairs.append({Ipv4Prefix(t.local, 32), Ipv4Prefix(t.remote, 32)});
            out << QStringLiteral("# Failover probe: the tunnel's transit addresses (always active)");
        }
        for (const Ipv4Prefix &dst : remote) {
            for (const Ipv4Prefix &src : local)
                pairs.append({src, dst});
        }
        for (const auto &pair : pairs) {
            const bool standby = failover.isStandby(link.id, pair.second);
            out << QStringLiteral("/ip ipsec policy add peer=%1 src-address=%2 dst-address=%3 "
                                  "tunnel=yes action=encrypt proposal=rs-esp%4 %5")
                       .arg(peerName, pair.first.toString(), pair.second.toString(),
                            standby ? QStringLiteral(" disabled=yes") : QString(), tag());
        }
        out << QStringLiteral("# Keep tunnelled traffic out of masquerade (first srcnat rules)");
        for (const auto &pair : pairs) {
            const QString rule = QStringLiteral("/ip firewall nat add chain=srcnat action=accept "
                                                "src-address=%1 dst-address=%2 %3")
                                     .arg(pair.first.toString(), pair.second.toString(), tag());
            out << QStringLiteral(":do { %1 place-before=0 } on-error={ %1 }").arg(rule);
        }
    }
    if (!out.isEmpty())
        out << QStringLiteral("#");
    return out;
}

QStringList l2tpLinks(const GeneratorInput &input, const Site &site)
{
    QStringList out;
    for (const Link *l : input.index.linksOf(site.id)) {
        const Link &link = *l;
        if (link.transport != Transport::L2tp || site.isHub())
            continue;
        const Site *hub = input.index.site(link.otherEnd(site.id));
        // Only whether the hub serves L2TP and its PPP sizes: the hub's whole
        // plan (every user) per gateway would make a fleet quadratic.
        if (!hub || RemoteAccessPlan::serverPskName(input.index, *hub).isEmpty()) {
            out << QStringLiteral("# Link %1: hub has no L2TP server (remoteAccess); nothing to dial")
                       .arg(link.id);
            continue;
        }
        const QString iface = name(link.id);
        out << QStringLiteral("# ---- L2TP/IPsec link %1 to %2 (PPP MTU %3, TCP MSS %4) ----")
                   .arg(link.id, hub->id)
                   .arg(MtuCalculator::pppMtu(input.topology))
                   .arg(MtuCalculator::pppMss(input.topology))
            << QStringLiteral("/interface l2tp-client add name=%1 connect-to=%2 user=%3 password=%4 "
                              "use-ipsec=yes ipsec-secret=%5 allow=mschap2 max-mtu=%6 max-mru=%6 "
                              "add-default-route=no disabled=no %7")
                   .arg(iface, hub->publicAddress, quote(RemoteAccessPlan::dialInUser(link)),
                        quote(input.secrets.psk.value(link.secret)),
                        quote(input.secrets.psk.value(
                            RemoteAccessPlan::dialInPskName(input.index, *hub, link))))
                   .arg(MtuCalculator::pppMtu(input.topology))
                   .arg(tag());
        for (const QString &dir : {QStringLiteral("out-interface"), QStringLiteral("in-interface")}) {
            out << QStringLiteral("/ip firewall mangle add chain=forward protocol=tcp tcp-flags=syn "
                                  "%1=%2 tcp-mss=%3-65535 action=change-mss new-mss=%4 "
                                  "passthrough=yes %5")
                       .arg(dir, iface)
                       .arg(MtuCalculator::pppMss(input.topology) + 1)
                       .arg(MtuCalculator::pppMss(input.topology))
                       .arg(tag());
        }
        out << QStringLiteral("# Static routes into the tunnel");
        for (const Ipv4Prefix &dst : input.routes.destinations(site.id, link.id)) {
            out << QStringLiteral("/ip route add dst-address=%1 gateway=%2 %3")
                       .arg(dst.toString(), iface, tag());
        }
        out << QStringLiteral("#");
    }
    return out;
}

} // namespace MikrotikSections
