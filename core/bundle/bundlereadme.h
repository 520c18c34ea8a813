#pragma once

#include "core/bundle/bundleprofile.h"
#include "core/generators/generatedfile.h"
#include "core/model/topology.h"
#include "core/model/topologyindex.h"
#include "core/routes/route.h"

#include <QList>
#include <QString>

// README.md of a bundle: what it is for, its files, how to install them and
// how to verify the result. Shows names and ids, never secret values. Files
// are listed as stored in the bundle (under files/).
namespace BundleReadme {

// `routes`: the site's routes (RouteTable::forSite of the run's table);
// `index`: the run's index of the topology.
QString site(const Topology &topology, const TopologyIndex &index, const Site &site,
             const QList<Route> &routes, const QList<GeneratedFile> &files);
QString user(const BundleProfile &profile, const QList<GeneratedFile> &files);

} // namespace BundleReadme
