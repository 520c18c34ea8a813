#pragma once

#include "core/generators/generatorinput.h"
#include "core/net/ipv4prefix.h"

#include <QList>

// The tunnel (transit) addresses of an IPsec link: 169.254.0.0/16 (link-local,
// never routed) cut into /30s by the link's place in the file, the `from` end
// .1 and the `to` end .2, so both ends agree without being told. pfSense's VTI
// addresses are these; so are the addresses a failover probe of a MikroTik or
// pfSense end pings across the tunnel (docs/failover.md).
struct LinkTransit
{
    Ipv4Prefix prefix;
    Ipv4Address local;  // this site's end
    Ipv4Address remote; // the peer's end
};

namespace LinkTransits {

Ipv4Prefix prefix(int linkIndex);
// `link` must be an element of `topology.links`.
LinkTransit of(const Topology &topology, const Link &link, const QString &siteId);
// Whether the link's failover is decided by a probe across the tunnel: it
// fails over (FailoverTiming::linkFailsOver) and an end is MikroTik (netwatch)
// or pfSense (gateway monitoring). Both ends then own their transit address
// and carry it in their traffic selectors, so the probe is answered.
bool probed(const TopologyIndex &index, const Link &link);

} // namespace LinkTransits

// The paths of one destination at a site: its routes over IPsec links, best
// (lowest metric) first; for the boxes that switch paths themselves.
struct DestinationPaths
{
    Ipv4Prefix destination;
    QList<Route> paths;

    // The destinations of `site` with more than one IPsec path, in route-table order.
    static QList<DestinationPaths> multiPath(const GeneratorInput &input, const Site &site);
};
