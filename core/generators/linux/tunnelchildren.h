#pragma once

#include "core/generators/linux/linuxsiteplan.h"

// One CHILD_SA of an IPsec tunnel link: its config name and traffic selectors.
struct TunnelChild
{
    QString name; // PLUTO_CONNECTION in the updown script
    QList<Ipv4Prefix> local;
    QList<Ipv4Prefix> remote;
};

// The CHILD_SAs a tunnel link needs. IKEv2 carries every subnet in one child.
// IKEv1 negotiates one traffic-selector pair per Quick Mode, so a link with
// more than one subnet on a side gets one child per (local, remote) pair,
// named `<link>_<n>` (`_` cannot occur in ids, so no name clashes with a link).
namespace TunnelChildren {
QList<TunnelChild> of(const PlannedLink &link);
bool isSplit(const PlannedLink &link);
} // namespace TunnelChildren
