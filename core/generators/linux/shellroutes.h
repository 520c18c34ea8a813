#pragma once

#include "core/generators/common/textbuilder.h"

// The POSIX sh building blocks the route scripts share: a `fail` that logs
// through logger(1) and stderr and marks the run as failed, and idempotent
// `up`/`down` route functions on the interface in the named variable.
namespace ShellRoutes {

// "#!/bin/sh", the banner and `set -u`.
void header(TextBuilder &b, const QString &siteId, const QStringList &comment);
// fail(): logger -t routestudio, stderr, status=1. `scriptName` prefixes messages.
void failFunction(TextBuilder &b, const QString &scriptName);
// up PREFIX: ip route replace PREFIX dev "$<ifaceVar>"; down PREFIX: ip route del
// when the route is still there. Both record failures through fail().
void routeFunctions(TextBuilder &b, const QString &ifaceVar);
// up/down PREFIX DEV METRIC: the same, for scripts whose routes go over several
// interfaces with metrics (a primary and a backup path, docs/failover.md).
void metricRouteFunctions(TextBuilder &b);

} // namespace ShellRoutes
