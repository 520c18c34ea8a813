#pragma once

#include "core/model/topology.h"

#include <QMap>
#include <QSet>
#include <QStringList>

// Which path carries traffic now, for the Monitor dock (docs/failover.md):
// for each checked site with more than one link (File → Check Boxes…;
// `active`: site id -> the links whose routes the box uses, ActivePaths), one
// line naming each link, its role and whether it carries traffic. One pass
// over the links.
namespace PathSummary {

QStringList lines(const Topology &topology, const QMap<QString, QSet<QString>> &active);

} // namespace PathSummary
