#include "core/validation/checks/checks.h"

#include "core/validation/fieldpath.h"
#include "core/validation/hubreach.h"
#include "core/validation/siteindex.h"

// A split-tunnel client sends DNS queries into the tunnel only when a route
// covers the DNS server. A private server outside the profile's routes is
// unreachable for it (or, worse, hits a host of the client's own LAN). The
// server's own PPP address is always reachable: it is the peer of the PPP link.
namespace {

void checkProfile(const Topology &t, int i, int hubIndex, const HubReach &reach, FindingSink &sink)
{
    const Profile &p = t.profiles[i];
    const QString &hubId = t.sites[hubIndex].id;
    const RemoteAccess &ra = *t.sites[hubIndex].remoteAccess;
    const PrefixIntervals own(p.routes);
    const PrefixIntervals &routed = p.routes.isEmpty() ? reach.of(hubIndex) : own;
    for (int d = 0; d < ra.dns.size(); ++d) {
        const Ipv4Address dns = ra.dns[d];
        if (dns == ra.localAddress || !dns.isPrivate() || routed.covers(dns))
            continue;
        sink.warning(QStringLiteral("dns-not-routed"),
                     QStringLiteral("DNS server %1 of hub %2 is not inside any route of split "
                                    "profile %3; its clients would send DNS queries outside the "
                                    "tunnel, where this private address is unreachable. Add a "
                                    "route that covers it, or hand out a DNS server in a routed LAN")
                         .arg(dns.toString(), hubId, p.id),
                     {hubId, p.id},
                     {FieldPath::item(FieldPath::field(FieldPath::site(hubIndex),
                                                       QStringLiteral("remoteAccess")),
                                      QStringLiteral("dns"), d),
                      FieldPath::field(FieldPath::profile(i), QStringLiteral("routes"))});
    }
}

} // namespace

namespace Checks {

void dns(const Topology &t, FindingSink &sink)
{
    const SiteIndex index(t);
    const HubReach reach(t, index);
    for (int i = 0; i < t.profiles.size(); ++i) {
        for (const QString &id : t.profiles[i].hubs()) {
            const int hub = index.indexOf(id);
            if (hub < 0 || !t.sites[hub].isHub() || !t.sites[hub].remoteAccess
                || t.profiles[i].tunnel == TunnelMode::Full)
                continue;
            checkProfile(t, i, hub, reach, sink);
        }
    }
}

} // namespace Checks
