#pragma once

#include "core/import/importlog.h"
#include "core/import/ipsecconfsection.h"

#include <QList>

// Applies ipsec.conf(5)'s inheritance to every conn section: first the
// parameters of "conn %default", then those of each also= section in order
// (recursively), then the conn's own, so that param() (the last value) gives
// what starter uses. The also= parameters themselves are consumed (logged as
// mapped); an also= naming no conn, or a cycle, is an error with its place.
namespace IpsecConfResolver {

QList<IpsecConfSection> conns(const QList<IpsecConfSection> &sections, ImportLog &log);

} // namespace IpsecConfResolver
