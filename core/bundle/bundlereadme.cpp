#include "core/bundle/bundlereadme.h"

#include "core/bundle/filemode.h"
#include "core/routes/routepush.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

QString fileTable(const QList<GeneratedFile> &files)
{
    QString out = QStringLiteral("| file | mode |\n|---|---|\n");
    for (const GeneratedFile &f : files)
        out += QStringLiteral("| `files/%1` | %2 |\n").arg(f.path, FileMode::octal(f.mode));
    return out;
}

bool anyPath(const QList<GeneratedFile> &files, const QString &needle)
{
    for (const GeneratedFile &f : files) {
        if (f.path.contains(needle))
            return true;
    }
    return false;
}

QString linuxInstall(const QList<GeneratedFile> &files)
{
    QString out = QStringLiteral(
        "## Install (as root on the box)\n\n```sh\nsha256sum -c SHA256SUMS\n");
    for (const GeneratedFile &f : files)
        out += QStringLiteral("install -D -m %1 files/%2 /%2\n")
                   .arg(FileMode::octal(f.mode), f.path);
    if (anyPath(files, QStringLiteral("swanctl")))
        out += QStringLiteral("swanctl --load-all\n");
    if (anyPath(files, QStringLiteral("xl2tpd")))
        out += QStringLiteral("systemctl restart xl2tpd\n");
    if (anyPath(files, QStringLiteral("nftables")))
        out += QStringLiteral("nft -c -f /etc/nftables.conf && systemctl reload nftables\n");
    out += QStringLiteral("```\n\nFleets: the `ansible/` folder of `routestudio-cli export --all` "
                          "installs the same files with the same modes.\n");
    return out;
}

QString vendorInstall(Platform platform)
{
    switch (platform) {
    case Platform::CiscoIos:
        return QStringLiteral("## Install\n\nCheck `sha256sum -c SHA256SUMS`, then paste the "
                              "configuration from `files/` into `configure terminal` on the "
                              "router (or copy it to flash and `copy flash:FILE "
                              "running-config`), then `write memory`.\n");
    case Platform::Mikrotik:
        return QStringLiteral("## Install\n\nCheck `sha256sum -c SHA256SUMS`, upload the `.rsc` "
                              "file from `files/` (Files in WinBox, or scp), then run "
                              "`/import file-name=FILE.rsc` in the terminal.\n");
    case Platform::Pfsense:
        return QStringLiteral("## Install\n\nCheck `sha256sum -c SHA256SUMS`, then follow the "
                              "files in `files/` (see their comments) in the pfSense web UI: "
                              "Diagnostics > Backup & Restore for a config section, or the listed "
                              "steps.\n");
    case Platform::LinuxStrongswan:
        break;
    }
    return QString();
}

// Failover (docs/failover.md): a route of a destination that has a better
// (lower-metric) IPsec path at this box stands by: RouterOS keeps its policy
// disabled, pfSense adds no static route for it (its gateway group has it).
QSet<int> standingBy(const QList<Route> &routes)
{
    QHash<Ipv4Prefix, int> best;
    for (const Route &r : routes) {
        if (r.transport != Transport::Ipsec)
            continue;
        const auto it = best.find(r.destination);
        if (it == best.end())
            best.insert(r.destination, r.metric);
        else
            *it = std::min(*it, r.metric);
    }
    QSet<int> out;
    QSet<Ipv4Prefix> taken; // equal metrics: the first stays (as DestinationPaths sorts)
    for (int i = 0; i < routes.size(); ++i) {
        const Route &r = routes[i];
        if (r.transport != Transport::Ipsec)
            continue;
        if (r.metric > best.value(r.destination) || taken.contains(r.destination))
            out.insert(i);
        else
            taken.insert(r.destination);
    }
    return out;
}

// RouterOS carries an ipsec link's routes as IPsec policies (the .rsc adds no
// static route for them), a gateway's l2tp link as static routes into its
// l2tp-client, and a hub's dial-in gateway as routes of its PPP session.
QString mikrotikVerify(const Site &site, const QList<Route> &routes)
{
    QString out = QStringLiteral("`/ip ipsec active-peers print`, `/ip ipsec policy print where "
                                 "comment=\"routestudio\"`, `/ip route print`.\n\n");
    if (routes.isEmpty())
        return out + QStringLiteral("This box needs no routes.\n");
    out += QStringLiteral("Expected:\n\n");
    const QSet<int> standby = standingBy(routes);
    for (int i = 0; i < routes.size(); ++i) {
        const Route &r = routes[i];
        const QString dst = r.destination.toString();
        if (standby.contains(i))
            out += QStringLiteral("- %1: IPsec policy of link %2 to %3, standing by (`disabled=yes`): "
                                  "rs-failover enables it when the probe of the better path fails "
                                  "(`/tool netwatch print`)\n").arg(dst, r.link, r.peer);
        else if (r.transport == Transport::Ipsec)
            out += QStringLiteral("- %1: IPsec policy of link %2 to %3 (no static route; the "
                                  "default route carries it)\n").arg(dst, r.link, r.peer);
        else if (site.isHub())
            out += QStringLiteral("- %1: dynamic route while %2 is connected over link %3 (PPP "
                                  "secret `routes=`)\n").arg(dst, r.peer, r.link);
        else
            out += QStringLiteral("- %1: static route via rs-%2 (`/ip route print where static`)\n")
                       .arg(dst, r.link);
    }
    return out;
}

QString siteVerify(const Site &site, const QList<Route> &routes)
{
    QString out = QStringLiteral("## Verify\n\n");
    if (site.platform == Platform::LinuxStrongswan) {
        out += QStringLiteral("```sh\nswanctl --list-conns\nswanctl --list-sas\n");
        if (site.isHub())
            out += QStringLiteral("systemctl status xl2tpd\n");
        out += QStringLiteral("ip route\n```\n\n");
    } else if (site.platform == Platform::CiscoIos) {
        out += QStringLiteral("`show crypto isakmp sa`, `show crypto ipsec sa`, `show ip "
                              "route static`.\n\n");
    } else if (site.platform == Platform::Mikrotik) {
        return out + mikrotikVerify(site, routes);
    } else {
        out += QStringLiteral("Status > IPsec, Diagnostics > Routes.\n\n");
    }
    if (routes.isEmpty())
        return out + QStringLiteral("This box needs no static routes.\n");
    // pfSense keeps one route per destination; its gateway groups hold the rest.
    const QSet<int> standby = site.platform == Platform::Pfsense ? standingBy(routes) : QSet<int>();
    out += QStringLiteral("Expected static routes:\n\n");
    for (int i = 0; i < routes.size(); ++i) {
        if (standby.contains(i))
            continue;
        out += QStringLiteral("- %1 via %2\n").arg(routes[i].destination.network().toString(),
                                                   routes[i].viaText());
    }
    if (!standby.isEmpty())
        out += QStringLiteral("\nFailover: Status > Gateways shows each tunnel's gateway online; "
                              "%1 backup path(s) are in the gateway groups `RS_FO_…` (the "
                              "steps' last section).\n").arg(standby.size());
    return out;
}

QString userInstall(const QList<GeneratedFile> &files)
{
    QString out = QStringLiteral(
        "## Install\n\nRouteStudio Connect: *Import profile* and choose this archive; it reads "
        "`profile.json` and checks the manifest. Or by hand, per system:\n\n");
    auto listWith = [&files](const QString &suffix) {
        QStringList names;
        for (const GeneratedFile &f : files) {
            if (f.path.endsWith(suffix))
                names << QStringLiteral("`files/") + f.path + QLatin1Char('`');
        }
        return names.join(QStringLiteral(", "));
    };
    if (const QString nm = listWith(QStringLiteral(".nmconnection")); !nm.isEmpty())
        out += QStringLiteral("- Linux (NetworkManager-l2tp): `sudo install -m 0600 %1 "
                              "/etc/NetworkManager/system-connections/ && sudo nmcli connection "
                              "reload`, or run the nmcli script if there is one.\n")
                   .arg(nm.section(QLatin1Char('`'), 1, 1));
    if (const QString ps = listWith(QStringLiteral(".ps1")); !ps.isEmpty())
        out += QStringLiteral("- Windows: `powershell -ExecutionPolicy Bypass -File %1` "
                              "(safe to run again).\n")
                   .arg(ps.section(QLatin1Char('`'), 1, 1));
    if (const QString mc = listWith(QStringLiteral(".mobileconfig")); !mc.isEmpty())
        out += QStringLiteral("- macOS: open %1 and approve it in System Settings > Profiles; "
                              "install the ip-up script if there is one.\n")
                   .arg(mc);
    return out;
}

// Route push (docs/route-push.md): a hub that cannot answer DHCPINFORM says
// what its split-tunnel L2TP clients get instead.
QString pushNote(const TopologyIndex &index, const Site &s)
{
    if (!s.isHub() || !s.remoteAccess || RoutePush::platformCanPush(s.platform))
        return {};
    const QList<const Profile *> &served = index.profilesOf(s.id);
    const bool split = std::any_of(served.cbegin(), served.cend(), [](const Profile *p) {
        return p->tunnel == TunnelMode::Split;
    });
    if (!split)
        return {};
    return QStringLiteral("\n## Routes for L2TP clients\n\nA %1 hub cannot answer the DHCPINFORM "
                          "that Windows sends after connecting (docs/vendors.md), so this box pushes "
                          "no routes: RouteStudio Connect installs each profile's routes (its user "
                          "bundle's `routes`); other clients need them added by hand.\n")
        .arg(Enums::toString(s.platform));
}

} // namespace

namespace BundleReadme {

QString site(const Topology &topology, const TopologyIndex &index, const Site &s,
             const QList<Route> &routes, const QList<GeneratedFile> &files)
{
    QString out = QStringLiteral("# RouteStudio bundle: site %1\n\n").arg(s.id);
    out += QStringLiteral("Box of site `%1` (%2), role %3, platform %4, public address %5.\n"
                          "Topology: %6.\n\nThis bundle holds secrets: keep it private and "
                          "delete it after installing.\n\n")
               .arg(s.id, s.name, Enums::toString(s.role), Enums::toString(s.platform),
                    s.publicAddress, topology.name);
    out += QStringLiteral("## Files\n\nPaths below `files/` are relative to the box's root "
                          "(`/`) for Linux, or one file per vendor configuration.\n\n");
    out += fileTable(files) + QLatin1Char('\n');
    out += s.platform == Platform::LinuxStrongswan ? linuxInstall(files)
                                                   : vendorInstall(s.platform);
    out += QLatin1Char('\n') + siteVerify(s, routes);
    out += pushNote(index, s);
    return out;
}

QString user(const BundleProfile &p, const QList<GeneratedFile> &files)
{
    QString out = QStringLiteral("# RouteStudio bundle: %1 for %2\n\n").arg(p.profile, p.user);
    out += QStringLiteral("VPN profile `%1` for user `%2`: L2TP/IPsec to %3 (%4), %5 tunnel, "
                          "MTU %6.\n\nThis bundle holds your password and the pre-shared key: "
                          "keep it private.\n\n")
               .arg(p.profile, p.user, p.hubAddress, p.hubName, Enums::toString(p.tunnel))
               .arg(p.mtu);
    out += QStringLiteral("## Files\n\n") + fileTable(files)
           + QStringLiteral("| `profile.json` | 0600 |\n\n");
    out += userInstall(files);
    out += QStringLiteral("\n## Verify\n\nAfter connecting, these prefixes must go through the "
                          "tunnel (`ip route get ADDRESS` on Linux, `route print` on Windows, "
                          "`route -n get ADDRESS` on macOS):\n\n");
    for (const Ipv4Prefix &r : p.routes)
        out += QStringLiteral("- %1\n").arg(r.toString());
    out += QStringLiteral("\nCheck the files first: `sha256sum -c SHA256SUMS`.\n");
    return out;
}

} // namespace BundleReadme
