#pragma once

#include "core/generators/generatedfile.h"

#include <QString>

namespace CharonFailover {

// etc/strongswan.d/routestudio-failover.conf: charon's retransmission timing
// of FailoverTiming, for a box with a link that fails over.
GeneratedFile file(const QString &siteId);

} // namespace CharonFailover
