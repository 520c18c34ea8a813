#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/model/topologyindex.h"
#include "core/routes/routetable.h"

// What every generator reads. Built once per run (GenerationPlan); generators
// never do I/O, and look sites, links and profiles up through `index`, never
// by scanning the topology per site.
struct GeneratorInput
{
    const Topology &topology;
    const Secrets &secrets;
    const RouteTable &routes;
    const TopologyIndex &index;
};
