#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"

// The seed article's environment, embedded as a resource: the default document.
namespace ExampleTopology {

QByteArray json();
Topology topology();
// Fresh random secrets for every PSK and user the example names.
Secrets freshSecrets(const Topology &topology);

} // namespace ExampleTopology
