#include "core/generators/linux/iptablesgenerator.h"

#include "core/generators/common/banner.h"
#include "core/generators/common/filemodes.h"
#include "core/generators/common/textbuilder.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/linux/linuxsiteplan.h"
#include "core/routes/pushplan.h"

QList<GeneratedFile> IptablesGenerator::generate(const LinuxSitePlan &plan) const
{
    const GeneratorInput &input = plan.input;
    const Site &site = plan.site;
    const QList<Ipv4Prefix> routed = plan.routedPrefixes();
    const QList<Ipv4Prefix> tunnels = plan.tunnelPrefixes();
    const bool l2tp = plan.speaksL2tp();
    const bool masquerade = plan.servesRemoteAccess() && plan.hasFullTunnelProfile();
    const QString tunnelIf = plan.tunnelInterface();

    TextBuilder b(0);
    b.line(u"# " + Banner::text(site.id));
    b.line(QStringLiteral("# For hosts without nftables: iptables-restore < /etc/routestudio/iptables.rules"));
    b.line(QStringLiteral("# iptables-restore replaces every table named below: this is the host's whole"));
    b.line(QStringLiteral("# IPv4 iptables ruleset. The same policy as routestudio.nft."));
    b.line(QStringLiteral("*filter"));
    b.line(QStringLiteral(":INPUT ACCEPT [0:0]"));
    b.line(QStringLiteral(":FORWARD ACCEPT [0:0]"));
    b.line(QStringLiteral(":OUTPUT ACCEPT [0:0]"));
    // The routed subnets as a pair of chains (the set, once each way) instead
    // of a rule per pair: FORWARD jumps to rs-from-routed, whose rule per
    // source prefix jumps to rs-to-routed, whose rule per destination prefix
    // accepts. Size linear in the prefixes, no ipset needed.
    if (!routed.isEmpty()) {
        b.line(QStringLiteral(":rs-from-routed - [0:0]"));
        b.line(QStringLiteral(":rs-to-routed - [0:0]"));
    }
    // L2TP before the conntrack rule: no plain L2TP on an established flow.
    if (l2tp) {
        b.line(QStringLiteral("-A INPUT -p udp --dport 1701 -m policy --dir in --pol ipsec -j ACCEPT"));
        b.line(QStringLiteral("-A INPUT -p udp --dport 1701 -m policy --dir in --pol none -j DROP"));
    } else {
        b.line(QStringLiteral("-A INPUT -p udp --dport 1701 -j DROP"));
    }
    b.line(QStringLiteral("-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT"));
    if (PushPlan::forHub(input.topology, input.index, input.routes, site).active) {
        // Route push (docs/route-push.md): only DHCP from PPP clients, for dnsmasq.
        b.line(QStringLiteral("-A INPUT -i ppp+ -p udp --sport 68 --dport 67 -j ACCEPT"));
    }
    b.line(QStringLiteral("-A INPUT -p udp -m multiport --dports 500,4500 -j ACCEPT"));
    b.line(QStringLiteral("-A INPUT -p esp -j ACCEPT"));
    b.line(QStringLiteral("-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT"));
    if (!routed.isEmpty())
        b.line(QStringLiteral("-A FORWARD -j rs-from-routed"));
    if (masquerade)
        b.line(QStringLiteral("-A FORWARD -s %1 -j ACCEPT").arg(site.remoteAccess->pool.network().toString()));
    if (!tunnels.isEmpty() && !routed.isEmpty()) {
        // Anything still here did not come from a routed subnet.
        for (const Ipv4Prefix &d : tunnels)
            b.line(QStringLiteral("-A FORWARD -d %1 -j DROP").arg(d.toString()));
    }
    for (const Ipv4Prefix &s : routed)
        b.line(QStringLiteral("-A rs-from-routed -s %1 -j rs-to-routed").arg(s.toString()));
    for (const Ipv4Prefix &d : routed)
        b.line(QStringLiteral("-A rs-to-routed -d %1 -j ACCEPT").arg(d.toString()));
    b.line(QStringLiteral("COMMIT"));
    b.line(QStringLiteral("*mangle"));
    b.line(QStringLiteral(":PREROUTING ACCEPT [0:0]"));
    b.line(QStringLiteral(":INPUT ACCEPT [0:0]"));
    b.line(QStringLiteral(":FORWARD ACCEPT [0:0]"));
    b.line(QStringLiteral(":OUTPUT ACCEPT [0:0]"));
    b.line(QStringLiteral(":POSTROUTING ACCEPT [0:0]"));
    b.line(QStringLiteral("# TCP MSS clamping to the path MTU on the way into a tunnel"));
    if (l2tp)
        b.line(QStringLiteral("-A FORWARD -o ppp+ -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu"));
    b.line(QStringLiteral("-A FORWARD -o %1 -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu")
               .arg(tunnelIf));
    if (plan.hasBackupIpsecLink()) {
        b.line(QStringLiteral("-A FORWARD -o %1 -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu")
                   .arg(plan.backupInterface()));
    }
    b.line(QStringLiteral("COMMIT"));
    if (masquerade) {
        const QString pool = site.remoteAccess->pool.network().toString();
        b.line(QStringLiteral("*nat"));
        b.line(QStringLiteral(":PREROUTING ACCEPT [0:0]"));
        b.line(QStringLiteral(":INPUT ACCEPT [0:0]"));
        b.line(QStringLiteral(":OUTPUT ACCEPT [0:0]"));
        b.line(QStringLiteral(":POSTROUTING ACCEPT [0:0]"));
        b.line(QStringLiteral("# no NAT between routed subnets; full-tunnel clients masqueraded elsewhere"));
        for (const Ipv4Prefix &d : routed)
            b.line(QStringLiteral("-A POSTROUTING -s %1 -d %2 -j RETURN").arg(pool, d.toString()));
        b.line(QStringLiteral("-A POSTROUTING -s %1 -j MASQUERADE").arg(pool));
        b.line(QStringLiteral("COMMIT"));
    }
    return {GeneratedFile{LinuxPaths::iptables(), b.toUtf8(), FileModes::Config}};
}
