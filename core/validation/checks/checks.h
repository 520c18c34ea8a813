#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/validation/findingsink.h"

// Each check lives in its own file below checks/ and is called by Validator.
namespace Checks {

void identities(const Topology &t, FindingSink &sink);  // duplicate-id, invalid-id, unknown-site, ...
void overlaps(const Topology &t, FindingSink &sink);    // lan-overlap, pool-overlaps-lan, pool-overlap

} // namespace Checks
