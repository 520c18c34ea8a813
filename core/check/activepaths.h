#pragma once

#include "core/check/livestate.h"
#include "core/generators/linux/linuxsiteplan.h"

#include <QSet>

// Which of a box's paths carry traffic now (issue 16, docs/failover.md): a
// link carries traffic when, for one of the destinations planned over it, the
// route the box uses (in table main the one of lowest metric for exactly that
// prefix) is on the link's interface. With a primary and a backup both up,
// only the primary does; after a failover, the backup.
namespace ActivePaths {

QSet<QString> of(const LinuxSitePlan &plan, const LiveState &live);

} // namespace ActivePaths
