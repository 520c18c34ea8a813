#include "core/generators/linux/nftablesgenerator.h"

#include "core/generators/common/banner.h"
#include "core/generators/common/filemodes.h"
#include "core/generators/common/targetsyntax.h"
#include "core/generators/common/textbuilder.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/linux/linuxsiteplan.h"
#include "core/routes/pushplan.h"

namespace {

// A named interval set: stored once in the kernel however many rules use it,
// one element a line, so the file grows linearly with the prefixes.
void namedSet(TextBuilder &b, const QString &name, const QList<Ipv4Prefix> &prefixes)
{
    b.open(u"set " + name);
    b.line(QStringLiteral("type ipv4_addr"));
    b.line(QStringLiteral("flags interval"));
    b.open(QStringLiteral("elements ="));
    for (qsizetype i = 0; i < prefixes.size(); ++i)
        b.line(prefixes[i].toString() + (i + 1 < prefixes.size() ? QStringLiteral(",") : QString()));
    b.close();
    b.close();
    b.line();
}

} // namespace

QList<GeneratedFile> NftablesGenerator::generate(const LinuxSitePlan &plan) const
{
    const GeneratorInput &input = plan.input;
    const Site &site = plan.site;
    const QList<Ipv4Prefix> routed = plan.routedPrefixes();
    const QList<Ipv4Prefix> tunnels = plan.tunnelPrefixes();
    const bool l2tp = plan.speaksL2tp();
    const bool masquerade = plan.servesRemoteAccess() && plan.hasFullTunnelProfile();

    TextBuilder b(4);
    b.line(QStringLiteral("#!/usr/sbin/nft -f"));
    b.line(u"# " + Banner::text(site.id));
    b.line(QStringLiteral("# Load with: nft -f /etc/nftables.d/routestudio.nft"));
    b.line(QStringLiteral("# Creates, deletes and recreates only table inet routestudio, in one"));
    b.line(QStringLiteral("# transaction. Blocks nothing the box did before except plain L2TP and"));
    b.line(QStringLiteral("# traffic from outside the routed subnets into the tunnels."));
    b.line();
    if (masquerade)
        b.line(QStringLiteral("define POOL = %1").arg(site.remoteAccess->pool.network().toString()));
    if (plan.hasBackupIpsecLink()) { // failover: the backup path's XFRM interface too
        b.line(QStringLiteral("define TUNNEL_IF = { %1, %2 }")
                   .arg(TargetSyntax::nftString(plan.tunnelInterface()),
                        TargetSyntax::nftString(plan.backupInterface())));
    } else {
        b.line(QStringLiteral("define TUNNEL_IF = %1").arg(TargetSyntax::nftString(plan.tunnelInterface())));
    }
    b.line();
    b.line(QStringLiteral("table inet routestudio"));
    b.line(QStringLiteral("delete table inet routestudio"));
    b.line();
    b.open(QStringLiteral("table inet routestudio"));
    // The routed subnets and the prefixes behind tunnels, as sets: every rule
    // below matches a set, never a pair of prefixes (size linear in the plan).
    if (!routed.isEmpty())
        namedSet(b, QStringLiteral("routed"), routed);
    if (!tunnels.isEmpty())
        namedSet(b, QStringLiteral("tunneled"), tunnels);
    b.open(QStringLiteral("chain input"));
    b.line(QStringLiteral("type filter hook input priority filter; policy accept;"));
    // L2TP first: a plain datagram on an established flow (after one from this
    // box) must not be let in by the conntrack rule below.
    if (l2tp) {
        b.line(QStringLiteral("udp dport 1701 meta ipsec exists counter accept comment \"L2TP under IPsec\""));
        b.line(QStringLiteral("udp dport 1701 meta ipsec missing counter drop comment \"never L2TP without IPsec\""));
    } else {
        b.line(QStringLiteral("udp dport 1701 counter drop comment \"no L2TP on this box\""));
    }
    b.line(QStringLiteral("ct state established,related accept"));
    if (PushPlan::forHub(input.topology, input.index, input.routes, site).active) {
        // Route push (docs/route-push.md): only DHCP from PPP clients, for dnsmasq.
        b.line(QStringLiteral("iifname \"ppp*\" udp sport 68 udp dport 67 counter accept comment \"DHCPINFORM from PPP clients\""));
    }
    b.line(QStringLiteral("udp dport { 500, 4500 } counter accept comment \"IKE, NAT-T\""));
    b.line(QStringLiteral("meta l4proto esp counter accept comment \"ESP\""));
    b.close();
    b.line();
    b.open(QStringLiteral("chain forward"));
    b.line(QStringLiteral("type filter hook forward priority filter; policy accept;"));
    b.line(QStringLiteral("# TCP MSS clamping to the route MTU on the way into a tunnel (rt mtu is"));
    b.line(QStringLiteral("# valid in forward, output and postrouting hooks only)."));
    if (l2tp)
        b.line(QStringLiteral("oifname \"ppp*\" tcp flags syn tcp option maxseg size set rt mtu"));
    b.line(QStringLiteral("oifname $TUNNEL_IF tcp flags syn tcp option maxseg size set rt mtu"));
    b.line(QStringLiteral("ct state established,related accept"));
    if (!routed.isEmpty())
        b.line(QStringLiteral("ip saddr @routed ip daddr @routed counter accept comment \"routed subnets, no NAT\""));
    if (masquerade)
        b.line(QStringLiteral("ip saddr $POOL counter accept comment \"full-tunnel clients\""));
    if (!tunnels.isEmpty() && !routed.isEmpty())
        b.line(QStringLiteral("ip daddr @tunneled ip saddr != @routed counter drop comment \"outside the plan into a tunnel\""));
    b.close();
    if (masquerade) {
        b.line();
        b.open(QStringLiteral("chain postrouting"));
        b.line(QStringLiteral("type nat hook postrouting priority srcnat; policy accept;"));
        b.line(QStringLiteral("ip saddr $POOL ip daddr != @routed masquerade comment \"full tunnel to the Internet\""));
        b.close();
    }
    b.close();
    return {GeneratedFile{LinuxPaths::nftables(), b.toUtf8(), FileModes::Config}};
}
