#include "core/generators/linux/linuxreadmegenerator.h"

#include "core/generators/common/banner.h"
#include "core/generators/common/filemodes.h"
#include "core/generators/common/prefixlist.h"
#include "core/generators/common/textbuilder.h"
#include "core/generators/common/failovertiming.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/linux/linuxsiteplan.h"
#include "core/generators/linux/poolranges.h"
#include "core/routes/pushplan.h"

namespace {

struct FileRow
{
    QString path;
    int mode;
    QString what;
};

QList<FileRow> files(const LinuxSitePlan &plan)
{
    QList<FileRow> rows{
        {LinuxPaths::swanctl(), FileModes::Secret,
         QStringLiteral("strongSwan connections and PSKs (swanctl; recommended)")},
        {LinuxPaths::ipsecConf(), FileModes::Config,
         QStringLiteral("the same connections for the legacy ipsec/starter (use instead of swanctl)")},
        {LinuxPaths::ipsecSecrets(), FileModes::Secret, QStringLiteral("PSKs for ipsec.conf")},
    };
    if (plan.runsXl2tpd()) {
        rows.append({LinuxPaths::xl2tpdConf(), FileModes::Config,
                     plan.servesRemoteAccess() ? QStringLiteral("xl2tpd: L2TP server (LNS)")
                                               : QStringLiteral("xl2tpd: L2TP client (LAC) per link")});
        if (plan.servesRemoteAccess())
            rows.append({LinuxPaths::pppOptions(), FileModes::Config, QStringLiteral("pppd options for L2TP calls")});
        for (const PlannedLink &l : plan.l2tpDialOuts) {
            rows.append({LinuxPaths::pppClientOptions(l.link->id), FileModes::Config,
                         QStringLiteral("pppd options for link %1").arg(l.link->id)});
        }
        rows += {{LinuxPaths::chapSecrets(), FileModes::Secret, QStringLiteral("PPP user names and passwords")},
                 {LinuxPaths::ipUp(), FileModes::Script, QStringLiteral("adds the routes of L2TP links when a call comes up")},
                 {LinuxPaths::ipDown(), FileModes::Script, QStringLiteral("removes them when the call ends")}};
    }
    if (PushPlan::forHub(plan.input.topology, plan.input.index, plan.input.routes, plan.site)
            .active) {
        rows.append({LinuxPaths::dnsmasq(), FileModes::Config,
                     QStringLiteral("dnsmasq: answers clients' DHCPINFORM with their routes and DNS")});
    }
    rows += {{LinuxPaths::tunnelRoutes(), FileModes::Script,
              QStringLiteral("routes over the IPsec links (strongSwan updown hook; run `up` or `down` by hand)")},
             {LinuxPaths::sysctl(), FileModes::Config, QStringLiteral("IP forwarding on, ICMP redirects off")},
             {LinuxPaths::nftables(), FileModes::Config, QStringLiteral("firewall: table inet routestudio")},
             {LinuxPaths::iptables(), FileModes::Config, QStringLiteral("the same firewall for iptables-restore")}};
    return rows;
}

QString firstHost(const Ipv4Prefix &p)
{
    const Ipv4Prefix n = p.network();
    return Ipv4Address(n.length() >= 31 ? n.first() : n.first() + 1).toString();
}

QString lansText(const LinuxSitePlan &plan)
{
    return plan.site.lans.isEmpty() ? QStringLiteral("no LAN configured")
                                    : PrefixList::joined(plan.site.lans, QStringLiteral(", "));
}

void install(TextBuilder &b, const LinuxSitePlan &plan)
{
    b.line(QStringLiteral("## Install"));
    b.line(QStringLiteral("Run from this folder, as root (or with sudo):"));
    b.line();
    b.line(QStringLiteral("```sh"));
    const bool push =
        PushPlan::forHub(plan.input.topology, plan.input.index, plan.input.routes, plan.site)
            .active;
    b.line(plan.runsXl2tpd()
               ? QStringLiteral("apt-get install strongswan-swanctl charon-systemd xl2tpd ppp nftables")
                     + (push ? QStringLiteral(" dnsmasq") : QString())
               : QStringLiteral("apt-get install strongswan-swanctl charon-systemd nftables"));
    for (const FileRow &f : files(plan)) {
        if (f.path == LinuxPaths::readme() || f.path == LinuxPaths::ipsecConf()
            || f.path == LinuxPaths::ipsecSecrets() || f.path == LinuxPaths::iptables())
            continue;
        b.line(QStringLiteral("install -D -m %1 %2 %3")
                   .arg(QString::number(f.mode, 8).rightJustified(4, u'0'), f.path,
                        LinuxPaths::installed(f.path)));
    }
    b.line(QStringLiteral("sysctl --system"));
    b.line(QStringLiteral("nft -f %1").arg(LinuxPaths::installed(LinuxPaths::nftables())));
    b.line(QStringLiteral("systemctl restart strongswan"));
    b.line(QStringLiteral("swanctl --load-all"));
    if (plan.runsXl2tpd())
        b.line(QStringLiteral("systemctl restart xl2tpd"));
    if (push)
        b.line(QStringLiteral("systemctl restart dnsmasq"));
    b.line(QStringLiteral("```"));
    b.line();
    b.line(QStringLiteral("- ESP runs in the kernel (XFRM). Routes go over `%1`, an XFRM interface that")
               .arg(plan.tunnelInterface()));
    b.line(QStringLiteral("  tunnel-routes.sh creates when the first tunnel comes up (`ip link add %1 type xfrm")
               .arg(plan.tunnelInterface()));
    b.line(QStringLiteral("  if_id %1`); every IPsec child here is bound to it (`if_id_in`/`if_id_out`).")
               .arg(LinuxSitePlan::kXfrmInterfaceId));
    b.line(QStringLiteral("  Do not enable strongSwan's `kernel-libipsec` plugin: it moves ESP for every SA"));
    b.line(QStringLiteral("  into userspace, and it has no transport mode, which L2TP/IPsec needs."));
    if (plan.tunnelInterfaceRejected())
        b.line(QStringLiteral("- **The site's `tunnelInterface` is not a Linux interface name and was ignored.**"));
    if (plan.hasBackupIpsecLink()) {
        b.line(QStringLiteral("- Failover (docs/failover.md): the children of backup links are bound to `%1`")
                   .arg(plan.backupInterface()));
        b.line(QStringLiteral("  (`if_id %1`), their routes have the higher metric; when a primary path dies,")
                   .arg(LinuxSitePlan::kBackupXfrmInterfaceId));
        b.line(QStringLiteral("  dead peer detection takes its routes away and the backup routes carry the"));
        b.line(QStringLiteral("  traffic until it comes back. Only with swanctl: ipsec.conf has no XFRM interfaces."));
    }
    if (plan.failsOver()) {
        b.line(QStringLiteral("- Install `%1` (0644) too: charon gives a silent peer up after %2 s")
                   .arg(LinuxPaths::charonFailover())
                   .arg(FailoverTiming::detectionSeconds(), 0, 'f', 1));
        b.line(QStringLiteral("  instead of about 3 minutes, so the paths switch in time."));
    }
    b.line(QStringLiteral("- To load the firewall at boot, add `include \"/etc/nftables.d/*.nft\"` to"));
    b.line(QStringLiteral("  /etc/nftables.conf and `systemctl enable nftables`."));
    b.line(QStringLiteral("- Without nftables: `install -D -m 0644 %1 %2`, then")
               .arg(LinuxPaths::iptables(), LinuxPaths::installed(LinuxPaths::iptables())));
    b.line(QStringLiteral("  `iptables-restore < %1` (it replaces the filter and mangle tables).")
               .arg(LinuxPaths::installed(LinuxPaths::iptables())));
    b.line(QStringLiteral("- Legacy strongSwan instead of swanctl: install `etc/ipsec.conf` (0644) and"));
    b.line(QStringLiteral("  `etc/ipsec.secrets` (0600) to /etc and `systemctl restart strongswan-starter`;"));
    b.line(QStringLiteral("  do not load both. ipsec.conf cannot bind an XFRM interface: its tunnels are"));
    b.line(QStringLiteral("  policy-based (charon installs the routes), tunnel-routes.sh is not used."));
    b.line();
}

void verify(TextBuilder &b, const LinuxSitePlan &plan)
{
    const QString iface = plan.tunnelInterface();
    b.line(QStringLiteral("## Verify"));
    b.line(QStringLiteral("```sh"));
    b.line(QStringLiteral("swanctl --list-conns   # connections loaded"));
    b.line(QStringLiteral("swanctl --list-sas     # each link ESTABLISHED, its child INSTALLED"));
    b.line(QStringLiteral("sysctl net.ipv4.ip_forward   # = 1"));
    b.line(QStringLiteral("nft list table inet routestudio"));
    b.line(QStringLiteral("ip route show"));
    b.line(QStringLiteral("```"));
    QList<Ipv4Prefix> remote;
    for (const PlannedLink &l : plan.ipsecLinks)
        remote += l.remote;
    for (const PlannedLink &l : plan.l2tpDialIns)
        remote += l.remote;
    for (const PlannedLink &l : plan.l2tpDialOuts)
        remote += l.remote;
    remote = PrefixList::normalized(remote);
    if (!plan.ipsecLinks.isEmpty() || !plan.l2tpDialOuts.isEmpty()) {
        b.line(QStringLiteral("`ip route show` lists, once the tunnels are up:"));
        b.line(QStringLiteral("```"));
        for (const PlannedLink &l : plan.ipsecLinks) {
            for (const Ipv4Prefix &p : l.remote)
                b.line(QStringLiteral("%1 dev %2   # link %3").arg(p.toString(), iface, l.link->id));
        }
        for (const PlannedLink &l : plan.l2tpDialOuts) {
            for (const Ipv4Prefix &p : l.remote)
                b.line(QStringLiteral("%1 dev ppp0   # link %2 (the call's PPP interface)").arg(p.toString(), l.link->id));
        }
        b.line(QStringLiteral("```"));
    }
    if (!remote.isEmpty()) {
        b.line(QStringLiteral("From a host in this site's LAN (%1), through the tunnels (use hosts that exist):")
                   .arg(lansText(plan)));
        b.line(QStringLiteral("```sh"));
        for (const Ipv4Prefix &p : remote) {
            b.line(QStringLiteral("ping -c 3 %1").arg(firstHost(p)));
            b.line(QStringLiteral("tracepath -n %1   # the path MTU shows the tunnel overhead").arg(firstHost(p)));
        }
        b.line(QStringLiteral("```"));
        QStringList hosts;
        for (const Ipv4Prefix &p : remote)
            hosts << u"host " + firstHost(p);
        b.line(QStringLiteral("On this box, watch the traffic inside and outside the tunnel:"));
        b.line(QStringLiteral("```sh"));
        b.line(QStringLiteral("tcpdump -ni any '%1'").arg(hosts.join(QStringLiteral(" or "))));
        b.line(QStringLiteral("tcpdump -ni any 'esp or udp port 500 or udp port 4500'"));
        b.line(QStringLiteral("```"));
    }
    if (!plan.l2tpDialOuts.isEmpty()) {
        b.line(QStringLiteral("L2TP dial-out: the IPsec connection comes up first, then xl2tpd dials:"));
        b.line(QStringLiteral("```sh"));
        for (const PlannedLink &l : plan.l2tpDialOuts)
            b.line(QStringLiteral("swanctl --list-sas --ike l2tp-%1   # ESTABLISHED, child INSTALLED").arg(l.link->id));
        b.line(QStringLiteral("journalctl -u xl2tpd -n 50   # \"Connection established\", \"Call established\""));
        b.line(QStringLiteral("ip addr show ppp0             # an address from the hub's pool"));
        b.line(QStringLiteral("```"));
    }
    if (plan.servesRemoteAccess()) {
        const RemoteAccess &ra = *plan.site.remoteAccess;
        const auto ranges = PoolRanges::compute(ra.pool, ra.localAddress);
        const QString client = ranges.isEmpty() ? QStringLiteral("<client address>")
                                                : ranges.first().first.toString();
        b.line(QStringLiteral("Remote access: connect a client, then on this box:"));
        b.line(QStringLiteral("```sh"));
        b.line(QStringLiteral("journalctl -u xl2tpd -n 50     # \"Connection established\", \"Call established\""));
        b.line(QStringLiteral("ip addr show ppp0              # local %1, peer from %2")
                   .arg(ra.localAddress.toString(), ra.pool.network().toString()));
        b.line(QStringLiteral("ip route show dev ppp0         # pppd's host route to the client"));
        b.line(QStringLiteral("ping -c 3 %1               # the first client gets this address").arg(client));
        b.line(QStringLiteral("tcpdump -ni any 'udp port 1701'   # only on ppp/decrypted paths, never in clear on the wire"));
        b.line(QStringLiteral("```"));
    }
    b.line();
}

void overview(TextBuilder &b, const LinuxSitePlan &plan)
{
    const Site &site = plan.site;
    b.line(QStringLiteral("# %1: %2").arg(site.id, TextBuilder::singleLine(site.name)));
    b.line();
    b.line(Banner::text(site.id));
    b.line();
    b.line(QStringLiteral("- role: %1, platform: %2, public address: %3")
               .arg(Enums::toString(site.role), Enums::toString(site.platform), site.publicAddress));
    b.line(QStringLiteral("- LANs: %1").arg(lansText(plan)));
    if (plan.servesRemoteAccess()) {
        const RemoteAccess &ra = *site.remoteAccess;
        QStringList dns;
        for (const Ipv4Address &a : ra.dns)
            dns << a.toString();
        b.line(QStringLiteral("- remote access: pool %1, server PPP address %2, DNS %3, users: %4")
                   .arg(ra.pool.network().toString(), ra.localAddress.toString(),
                        dns.isEmpty() ? QStringLiteral("none") : dns.join(QStringLiteral(", ")),
                        plan.users.isEmpty() ? QStringLiteral("none") : plan.users.join(QStringLiteral(", "))));
        const PushPlan push =
            PushPlan::forHub(plan.input.topology, plan.input.index, plan.input.routes, site);
        if (push.active) {
            b.line(QStringLiteral("- clients get their routes from this box: after the PPP link is up, Windows"));
            b.line(QStringLiteral("  sends a DHCPINFORM over it and dnsmasq answers with its profile's routes"));
            b.line(QStringLiteral("  (option 249, and 121 for RFC 3442 clients), DNS and domain; Windows installs"));
            b.line(QStringLiteral("  them, with nothing to set up on the client, again on every reconnect."));
            b.line(QStringLiteral("  The profile is told by the user's fixed address in chap-secrets (one session"));
            b.line(QStringLiteral("  per user). Other clients: docs/route-push.md (`routestudio-cli routes --push`"));
            b.line(QStringLiteral("  prints the exact answers). pppd adds the host route to each client's address."));
        } else {
            b.line(QStringLiteral("- clients get no route from this box: they install their profile's routes"));
            b.line(QStringLiteral("  themselves after connecting (no profile has routePush on). This box needs"));
            b.line(QStringLiteral("  none for them either: pppd adds the host route to each client's address."));
        }
        b.line(QStringLiteral("  Hosts in the LAN reach the pool through this box: it must be their"));
        b.line(QStringLiteral("  gateway, or the LAN router needs a route to %1 via this box.")
                   .arg(ra.pool.network().toString()));
    }
    for (const PlannedLink &l : plan.ipsecLinks) {
        b.line(QStringLiteral("- link %1 (IPsec %2, %3) to %4 at %5: routes %6 over it")
                   .arg(l.link->id, Enums::toString(l.link->ike),
                        l.localIsHub ? QStringLiteral("the gateway initiates") : QStringLiteral("this box initiates"),
                        l.peer->id, l.peer->publicAddress,
                        l.remote.isEmpty() ? QStringLiteral("nothing") : PrefixList::joined(l.remote, QStringLiteral(", "))));
    }
    for (const PlannedLink &l : plan.l2tpDialIns) {
        b.line(QStringLiteral("- link %1 (L2TP): gateway %2 dials in as PPP user %1; `ip-up` routes %3 over its call")
                   .arg(l.link->id, l.peer->id,
                        l.remote.isEmpty() ? QStringLiteral("nothing") : PrefixList::joined(l.remote, QStringLiteral(", "))));
    }
    for (const PlannedLink &l : plan.l2tpDialOuts) {
        b.line(QStringLiteral("- link %1 (L2TP): this box dials hub %2 at %3 as PPP user %1 (password: the")
                   .arg(l.link->id, l.peer->id, l.peer->publicAddress));
        b.line(QStringLiteral("  link's PSK); `ip-up` routes %1 over the call")
                   .arg(l.remote.isEmpty() ? QStringLiteral("nothing") : PrefixList::joined(l.remote, QStringLiteral(", "))));
    }
    b.line();
    b.line(QStringLiteral("## Files"));
    b.line(QStringLiteral("| file | goes to | mode | what |"));
    b.line(QStringLiteral("|---|---|---|---|"));
    for (const FileRow &f : files(plan)) {
        b.line(QStringLiteral("| `%1` | `%2` | %3 | %4 |")
                   .arg(f.path, LinuxPaths::installed(f.path),
                        QString::number(f.mode, 8).rightJustified(4, u'0'), f.what));
    }
    b.line();
}

} // namespace

QList<GeneratedFile> LinuxReadmeGenerator::generate(const LinuxSitePlan &plan) const
{
    TextBuilder b(0);
    overview(b, plan);
    install(b, plan);
    verify(b, plan);
    return {GeneratedFile{LinuxPaths::readme(), b.toUtf8(), FileModes::Config}};
}
