#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/routes/routetable.h"

// What every generator reads. Built once per run; generators never do I/O.
struct GeneratorInput
{
    const Topology &topology;
    const Secrets &secrets;
    const RouteTable &routes;
};
