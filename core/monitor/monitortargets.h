#pragma once

#include "core/model/topology.h"
#include "core/monitor/probetarget.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

// The targets to probe, derived from a topology. Defaults:
// - each link: the far gateway's LAN address (first host of the first LAN of
//   the end that is not the hub; of `to` when neither or both are hubs);
// - each site: its own LAN address (first host of its first LAN) and, on a hub
//   with remote access, its PPP address;
// - a connected profile: the hub's PPP address (the tunnel's peer when known)
//   and the hub's LAN address.
// The admin overrides the defaults per link, site or profile with a
// `monitor` object in the topology file (kept by the loader as an unknown field):
//   "monitor": { "targets": [ "10.20.0.10", { "address": "10.20.5.5", "name": "NAS" } ] }
// An empty list switches monitoring of that item off.
namespace MonitorTargets {

struct Named
{
    QString name; // empty: the address is the name
    Ipv4Address address;
};

// Every link and site of the topology. Bad override entries are skipped and
// reported in `errors` with their field path ("links[0].monitor.targets[1]: ...").
ProbeTargets forTopology(const Topology &topology, QStringList *errors);

// A connected client profile. `peer` is the PPP peer the tunnel reported.
ProbeTargets forProfile(const Topology &topology, const QString &profileId,
                        std::optional<Ipv4Address> peer, QStringList *errors);

// A connected client profile known without its topology (an imported
// bundle): the hub's PPP address (the tunnel's `peer`, else `hubPpp`) and the
// gateway address (first host) of each routed prefix. Prefixes shorter than
// /8 (the halves of a full tunnel) stand for no gateway and are skipped.
// `extra` may carry a "monitor" override, read like a topology profile's.
ProbeTargets forClient(const QString &profileId, const QString &hubId,
                       std::optional<Ipv4Address> peer, std::optional<Ipv4Address> hubPpp,
                       const QList<Ipv4Prefix> &routes, const QJsonObject &extra,
                       QStringList *errors);

// A host the admin names at run time (not stored in the topology).
ProbeTarget host(Ipv4Address address, const QString &name = QString());

// The first usable host of a prefix (the network address for /31 and /32).
Ipv4Address firstHost(const Ipv4Prefix &prefix);

// Writes the override into an item's `extra` (the editor calls this).
void setOverride(QJsonObject *extra, const QList<Named> &targets);
// Removes the override: the defaults apply again.
void clearOverride(QJsonObject *extra);

} // namespace MonitorTargets
