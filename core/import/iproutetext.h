#pragma once

#include "core/import/importlog.h"
#include "core/import/routeevidence.h"

// `ip route` text output as ip-route(8) prints it, one route a line:
//   [TYPE] PREFIX|default [via [inet] ADDRESS] [dev NAME] [table T] [proto P]
//   [scope S] [src ADDRESS] [metric N] [KEYWORD VALUE | FLAG]...
// TYPE one of unicast local broadcast multicast throw unreachable prohibit
// blackhole anycast nat; a multipath route's "nexthop …" lines (indented)
// belong to the route above them. A line that is not a route is an error
// with its line; the others still count.
namespace IpRouteText {

QList<BoxRoute> parse(const QString &text, const QString &file, ImportLog &log);

} // namespace IpRouteText
