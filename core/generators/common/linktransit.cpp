#include "core/generators/common/linktransit.h"

#include "core/generators/common/failovertiming.h"
#include "core/model/platformsupport.h"

#include <algorithm>

namespace LinkTransits {

Ipv4Prefix prefix(int linkIndex)
{
    return Ipv4Prefix(Ipv4Address((169u << 24) | (254u << 16) | quint32(linkIndex * 4)), 30);
}

LinkTransit of(const Topology &topology, const Link &link, const QString &siteId)
{
    const Ipv4Prefix p = prefix(int(&link - topology.links.constData()));
    const bool from = link.from == siteId;
    return {p, Ipv4Address(p.first() + (from ? 1 : 2)), Ipv4Address(p.first() + (from ? 2 : 1))};
}

bool probed(const TopologyIndex &index, const Link &link)
{
    if (link.transport != Transport::Ipsec)
        return false;
    const Site *a = index.site(link.from);
    const Site *b = index.site(link.to);
    if (!a || !b)
        return false;
    return (PlatformSupport::probesFailover(a->platform) || PlatformSupport::probesFailover(b->platform))
           && FailoverTiming::linkFailsOver(index, link, *a, *b);
}

} // namespace LinkTransits

QList<DestinationPaths> DestinationPaths::multiPath(const GeneratorInput &input, const Site &site)
{
    QList<DestinationPaths> all;
    QHash<Ipv4Prefix, int> at;
    for (const Route &r : input.routes.forSite(site.id)) {
        if (r.via != Route::Via::Link || r.transport != Transport::Ipsec)
            continue;
        const auto it = at.constFind(r.destination);
        if (it == at.constEnd()) {
            at.insert(r.destination, int(all.size()));
            all.append({r.destination, {r}});
        } else {
            all[*it].paths.append(r);
        }
    }
    QList<DestinationPaths> out;
    for (DestinationPaths &d : all) {
        if (d.paths.size() < 2)
            continue;
        std::stable_sort(d.paths.begin(), d.paths.end(),
                         [](const Route &x, const Route &y) { return x.metric < y.metric; });
        out.append(std::move(d));
    }
    return out;
}
