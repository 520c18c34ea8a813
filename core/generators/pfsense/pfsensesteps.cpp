#include "core/generators/pfsense/pfsensesteps.h"

#include "core/generators/common/linktransit.h"
#include "core/mtu/mtucalculator.h"

#include <QSet>

#include <algorithm>

namespace {

using Rows = QList<QPair<QString, QString>>;

QString code(const QString &value) { return QLatin1Char('`') + value + QLatin1Char('`'); }

QString gatewayOf(const QString &ifname) { return ifname + QStringLiteral("_VTIV4"); }

QString heading(int *step, const QString &title)
{
    return QStringLiteral("## Step %1. %2").arg((*step)++).arg(title);
}

// pfSense interface descriptions take letters, digits and underscores.
QString interfaceName(const QString &linkId)
{
    return QStringLiteral("RS_") + QString(linkId).replace(QLatin1Char('-'), QLatin1Char('_')).toUpper();
}

QStringList prefixes(const QList<Ipv4Prefix> &list)
{
    QStringList out;
    for (const Ipv4Prefix &p : list)
        out << code(p.toString());
    return out;
}

// A site with a DNS name identifies itself by FQDN, otherwise by its address.
QString identifier(const QString &publicAddress, bool mine)
{
    if (Ipv4Address::parse(publicAddress))
        return code(mine ? QStringLiteral("My IP address") : QStringLiteral("Peer IP address"));
    return code(QStringLiteral("Distinguished name")) + QStringLiteral(" (FQDN) ") + code(publicAddress);
}

} // namespace

namespace PfsenseSteps {

QStringList table(const Rows &rows)
{
    QStringList out{QStringLiteral("| Field | Value |"), QStringLiteral("|---|---|")};
    for (const auto &row : rows)
        out << QStringLiteral("| %1 | %2 |").arg(row.first, row.second);
    out << QString();
    return out;
}

QStringList remoteAccess(const RemoteAccessPlan &plan, int *step)
{
    const RemoteAccessPlan::Range range = plan.largestRange();
    QStringList dns;
    for (const Ipv4Address &a : plan.dns.mid(0, 2))
        dns << code(a.toString());
    QStringList out;
    out << heading(step, QStringLiteral("IPsec mobile clients for L2TP"))
        << QStringLiteral("**VPN > IPsec > Mobile Clients**")
        << QString()
        << table({{QStringLiteral("Enable IPsec Mobile Client Support"), QStringLiteral("checked")},
                  {QStringLiteral("User Authentication"), code(QStringLiteral("Local Database"))},
                  {QStringLiteral("Virtual Address Pool"), QStringLiteral("unchecked (L2TP assigns addresses)")}})
        << QStringLiteral("Save, then press **Create Phase 1**.")
        << QString();
    out << heading(step, QStringLiteral("Mobile phase 1 (IKEv1, pre-shared key)"))
        << QString()
        << table({{QStringLiteral("Key Exchange version"), code(QStringLiteral("IKEv1"))},
                  {QStringLiteral("Internet Protocol"), code(QStringLiteral("IPv4"))},
                  {QStringLiteral("Interface"), code(QStringLiteral("WAN"))},
                  {QStringLiteral("Description"), code(QStringLiteral("RS L2TP clients"))},
                  {QStringLiteral("Authentication Method"), code(QStringLiteral("Mutual PSK"))},
                  {QStringLiteral("Negotiation mode"), code(QStringLiteral("Main"))},
                  {QStringLiteral("My identifier"), code(QStringLiteral("My IP address"))},
                  {QStringLiteral("Encryption Algorithm (row 1)"),
                   code(QStringLiteral("AES 256 bits, SHA256, 14 (2048 bit)"))},
                  {QStringLiteral("Encryption Algorithm (row 2)"),
                   code(QStringLiteral("AES 256 bits, SHA1, 14 (2048 bit)"))},
                  {QStringLiteral("Encryption Algorithm (row 3, Windows built-in client; weak)"),
                   code(QStringLiteral("AES 256 bits, SHA1, 2 (1024 bit)"))},
                  {QStringLiteral("NAT Traversal"), code(QStringLiteral("Auto"))},
                  {QStringLiteral("Dead Peer Detection"), QStringLiteral("checked")}});
    out << heading(step, QStringLiteral("Pre-shared key of the L2TP clients"))
        << QStringLiteral("**VPN > IPsec > Pre-Shared Keys > Add** (profile secret \"%1\")").arg(plan.pskName)
        << QString()
        << table({{QStringLiteral("Identifier"), code(QStringLiteral("allusers"))},
                  {QStringLiteral("Secret type"), code(QStringLiteral("PSK"))},
                  {QStringLiteral("Pre-Shared Key"), code(plan.psk)}});
    out << heading(step, QStringLiteral("Mobile phase 2 (transport mode for UDP 1701)"))
        << QStringLiteral("On the mobile phase 1 press **Show Phase 2 Entries > Add P2**.")
        << QString()
        << table({{QStringLiteral("Mode"), code(QStringLiteral("Transport"))},
                  {QStringLiteral("Protocol"), code(QStringLiteral("ESP"))},
                  {QStringLiteral("Encryption Algorithms"), code(QStringLiteral("AES 256 bits"))},
                  {QStringLiteral("Hash Algorithms"), code(QStringLiteral("SHA256")) + QStringLiteral(" and ") +
                                                          code(QStringLiteral("SHA1"))},
                  {QStringLiteral("PFS key group"), code(QStringLiteral("off"))}});
    out << heading(step, QStringLiteral("L2TP server"))
        << QStringLiteral("**VPN > L2TP > Configuration** (PPP MTU %1 and TCP MSS %2 are set by the "
                          "RouteStudio client profiles; pfSense has no MTU field here)")
               .arg(plan.mtu)
               .arg(plan.mss)
        << QString();
    Rows l2tp{{QStringLiteral("Enable L2TP server"), QStringLiteral("checked")},
              {QStringLiteral("Interface"), code(QStringLiteral("WAN"))},
              {QStringLiteral("Server address"), code(plan.localAddress.toString())},
              {QStringLiteral("Remote address range"), code(range.first.toString())},
              {QStringLiteral("Number of L2TP users"), code(QString::number(range.size()))},
              {QStringLiteral("Secret"), QStringLiteral("empty (clients send no L2TP secret)")},
              {QStringLiteral("Authentication type"), code(QStringLiteral("MS-CHAPv2"))}};
    if (!dns.isEmpty())
        l2tp.append({QStringLiteral("L2TP DNS servers"), dns.join(QStringLiteral(", "))});
    out << table(l2tp);
    out << heading(step, QStringLiteral("L2TP users"))
        << QStringLiteral("**VPN > L2TP > Users > Add**, once per row:")
        << QString()
        << QStringLiteral("| Username | Password |")
        << QStringLiteral("|---|---|");
    for (const RemoteAccessPlan::User &u : plan.users) {
        if (u.link.isEmpty())
            out << QStringLiteral("| %1 | %2 |").arg(code(u.name), code(u.password));
    }
    out << QString();
    out << heading(step, QStringLiteral("Firewall rules for L2TP"))
        << QStringLiteral("- **Firewall > Rules > IPsec > Add**: Pass, IPv4, UDP, source any, "
                          "destination `WAN address`, port `1701` (L2TP only inside IPsec).")
        << QStringLiteral("- **Firewall > Rules > L2TP VPN > Add**: Pass, IPv4, any protocol, source "
                          "%1, destination any.")
               .arg(code(plan.pool.toString()))
        << QString();
    for (const RemoteAccessPlan::User &u : plan.users) {
        if (!u.link.isEmpty()) {
            out << QStringLiteral("> Link `%1` (transport l2tp) is not generated for pfSense: use "
                                  "transport ipsec for it (docs/vendors.md).")
                       .arg(u.link)
                << QString();
        }
    }
    return out;
}

QStringList links(const GeneratorInput &input, const Site &site, int *step)
{
    const MtuPlan tunnel = MtuCalculator::ipsecTunnel();
    // The static route of a destination goes over its best path only.
    QSet<QPair<Ipv4Prefix, QString>> best;
    QSet<Ipv4Prefix> multi;
    for (const DestinationPaths &d : DestinationPaths::multiPath(input, site)) {
        multi.insert(d.destination);
        best.insert(qMakePair(d.destination, d.paths.first().link));
    }
    for (const Route &r : input.routes.forSite(site.id)) {
        if (!multi.contains(r.destination))
            best.insert(qMakePair(r.destination, r.link));
    }
    QStringList out;
    for (const Link *l : input.index.linksOf(site.id)) {
        const Link &link = *l;
        const Site *peer = input.index.site(link.otherEnd(site.id));
        if (!peer)
            continue;
        if (link.transport != Transport::Ipsec) {
            if (!site.isHub()) {
                out << QStringLiteral("> Link `%1` (transport l2tp): pfSense has no L2TP/IPsec "
                                      "client; use transport ipsec for this site (docs/vendors.md).")
                           .arg(link.id)
                    << QString();
            }
            continue;
        }
        const LinkTransit transit = LinkTransits::of(input.topology, link, site.id);
        const Ipv4Address local = transit.local;
        const Ipv4Address remote = transit.remote;
        const QString ifname = interfaceName(link.id);
        const QString ike = link.ike == IkeVersion::Ikev2 ? QStringLiteral("IKEv2") : QStringLiteral("IKEv1");
        out << heading(step, QStringLiteral("IPsec link `%1` to `%2`: phase 1").arg(link.id, peer->id))
            << QStringLiteral("**VPN > IPsec > Tunnels > Add P1**")
            << QString()
            << table({{QStringLiteral("Description"), code(QStringLiteral("RS ") + link.id)},
                      {QStringLiteral("Key Exchange version"), code(ike)},
                      {QStringLiteral("Internet Protocol"), code(QStringLiteral("IPv4"))},
                      {QStringLiteral("Interface"),
                       link.isBackup() && !site.backupAddress.isEmpty()
                           ? QStringLiteral("the second uplink, the interface with %1")
                                 .arg(code(site.backupAddress))
                           : code(QStringLiteral("WAN"))},
                      {QStringLiteral("Remote Gateway"), code(peer->addressFor(link.isBackup()))},
                      {QStringLiteral("Authentication Method"), code(QStringLiteral("Mutual PSK"))},
                      {QStringLiteral("My identifier"), identifier(site.publicAddress, true)},
                      {QStringLiteral("Peer identifier"), identifier(peer->publicAddress, false)},
                      {QStringLiteral("Pre-Shared Key"), code(input.secrets.psk.value(link.secret))},
                      {QStringLiteral("Encryption Algorithm"),
                       code(QStringLiteral("AES 256 bits, SHA256, 14 (2048 bit)"))},
                      {QStringLiteral("Dead Peer Detection"), QStringLiteral("checked")}});
        out << heading(step, QStringLiteral("IPsec link `%1`: routed phase 2 (VTI)").arg(link.id))
            << QStringLiteral("On `RS %1` press **Show Phase 2 Entries > Add P2**.").arg(link.id)
            << QString()
            << table({{QStringLiteral("Mode"), code(QStringLiteral("Routed (VTI)"))},
                      {QStringLiteral("Local Network"), QStringLiteral("Address ") + code(local.toString())},
                      {QStringLiteral("Remote Network"), QStringLiteral("Address ") + code(remote.toString())},
                      {QStringLiteral("Protocol"), code(QStringLiteral("ESP"))},
                      {QStringLiteral("Encryption Algorithms"), code(QStringLiteral("AES 256 bits"))},
                      {QStringLiteral("Hash Algorithms"), code(QStringLiteral("SHA256"))},
                      {QStringLiteral("PFS key group"), code(QStringLiteral("14 (2048 bit)"))}});
        out << heading(step, QStringLiteral("IPsec link `%1`: interface").arg(link.id))
            << QStringLiteral("**Interfaces > Assignments**: add the `ipsec` port described `RS %1`, "
                              "then open the new interface.")
                   .arg(link.id)
            << QString()
            << table({{QStringLiteral("Enable"), QStringLiteral("checked")},
                      {QStringLiteral("Description"), code(ifname)},
                      {QStringLiteral("MTU"), code(QString::number(tunnel.recommendedMtu))},
                      {QStringLiteral("MSS"), code(QString::number(tunnel.recommendedMss))}})
            << (LinkTransits::probed(input.index, link)
                    ? QStringLiteral("**System > Routing > Gateways**: edit %1 (created with the interface): "
                                     "leave **Disable Gateway Monitoring** unchecked and set **Monitor IP** "
                                     "to %2, the peer's end of the tunnel, which answers it (failover: "
                                     "the gateway goes down when the tunnel does).")
                          .arg(code(gatewayOf(ifname)), code(remote.toString()))
                    : QStringLiteral("**System > Routing > Gateways**: edit %1 (created with the interface), "
                                     "check **Disable Gateway Monitoring** (the peer may not answer on %2).")
                          .arg(code(gatewayOf(ifname)), code(remote.toString())))
            << QString();
        const QList<Ipv4Prefix> dests = input.routes.destinations(site.id, link.id);
        const QList<Route> routes = input.routes.forLink(site.id, link.id);
        const bool anyStatic = std::any_of(routes.cbegin(), routes.cend(), [&](const Route &r) {
            return best.contains(qMakePair(r.destination, link.id));
        });
        if (anyStatic) {
            out << heading(step, QStringLiteral("Static routes over `%1`").arg(link.id))
                << QStringLiteral("**System > Routing > Static Routes > Add**, once per row:")
                << QString()
                << QStringLiteral("| Destination network | Gateway | Description |")
                << QStringLiteral("|---|---|---|");
            for (const Route &r : routes) {
                if (!best.contains(qMakePair(r.destination, link.id)))
                    continue; // FreeBSD keeps one route per destination: the group below fails over
                out << QStringLiteral("| %1 | %2 | %3 |")
                           .arg(code(r.destination.toString()), code(gatewayOf(ifname)), r.reason);
            }
            out << QString();
        }
        out << heading(step, QStringLiteral("Firewall rule for `%1`").arg(link.id))
            << QStringLiteral("**Firewall > Rules > %1 > Add**: Pass, IPv4, any protocol, source %2, "
                              "destination %3.")
                   .arg(ifname, prefixes(dests).join(QStringLiteral(", ")),
                        prefixes(input.routes.destinations(peer->id, link.id)).join(QStringLiteral(", ")))
            << QString();
    }
    return out;
}

QStringList failover(const GeneratorInput &input, const Site &site, int *step)
{
    // Destinations with the same paths in the same tiers share one group.
    struct Group
    {
        QList<QPair<QString, int>> members; // (gateway, tier)
        QList<Ipv4Prefix> networks;
    };
    QList<Group> groups;
    QHash<QString, int> byKey;
    for (const DestinationPaths &d : DestinationPaths::multiPath(input, site)) {
        Group g;
        int tier = 0;
        int last = -1;
        QStringList key;
        for (const Route &r : d.paths) {
            if (r.metric != last)
                ++tier;
            last = r.metric;
            g.members.append({gatewayOf(interfaceName(r.link)), tier});
            key << QStringLiteral("%1:%2").arg(r.link).arg(tier);
        }
        const QString k = key.join(QLatin1Char(','));
        const auto it = byKey.constFind(k);
        if (it == byKey.constEnd()) {
            byKey.insert(k, int(groups.size()));
            g.networks.append(d.destination);
            groups.append(g);
        } else {
            groups[*it].networks.append(d.destination);
        }
    }
    if (groups.isEmpty())
        return {};
    QStringList out;
    out << heading(step, QStringLiteral("Failover: gateway groups"))
        << QStringLiteral("pfSense's static routes take one gateway, so the destinations with a backup "
                          "path are routed by a LAN rule through a gateway group: the gateway of the "
                          "best path on Tier 1, the next on Tier 2, and so on; a gateway is down when "
                          "its tunnel does not answer the monitor IP set above. The static route of "
                          "each such destination (above) is over its best path and serves the "
                          "firewall's own traffic.")
        << QString();
    for (int i = 0; i < groups.size(); ++i) {
        const Group &g = groups[i];
        const QString name = QStringLiteral("RS_FO_%1").arg(i + 1);
        out << QStringLiteral("**System > Routing > Gateway Groups > Add**: Group Name %1, "
                              "Trigger Level `Member down`, Description `RS failover %2`, with:")
                   .arg(code(name))
                   .arg(i + 1)
            << QString()
            << QStringLiteral("| Gateway | Tier |")
            << QStringLiteral("|---|---|");
        for (const auto &m : g.members)
            out << QStringLiteral("| %1 | %2 |").arg(code(m.first), code(QStringLiteral("Tier %1").arg(m.second)));
        out << QString()
            << QStringLiteral("**Firewall > Aliases > IP > Add**: Name %1, Type `Network(s)`, networks %2.")
                   .arg(code(name + QStringLiteral("_NETS")), prefixes(g.networks).join(QStringLiteral(", ")))
            << QStringLiteral("**Firewall > Rules > LAN > Add** (above the default allow rule): Pass, IPv4, "
                              "any protocol, source `LAN net`, destination alias %1; "
                              "**Display Advanced > Gateway** %2.")
                   .arg(code(name + QStringLiteral("_NETS")), code(name))
            << QString();
    }
    out << QStringLiteral("Traffic that enters on another tunnel interface (transit through this box) "
                          "follows the static routes: add the same rule on those interfaces' tabs if "
                          "it must fail over too. Under **System > Advanced > Miscellaneous**, let "
                          "**State Killing on Gateway Failure** kill the states of a gateway that goes "
                          "down, so open connections move to the next tier.")
        << QString();
    return out;
}

} // namespace PfsenseSteps
