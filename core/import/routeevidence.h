#pragma once

#include "core/check/livestate.h"
#include "core/import/importlog.h"
#include "core/import/sourceplace.h"

#include <QByteArray>
#include <QList>
#include <QString>

class RouteTable;
struct Topology;

// A route a box has, from `ip -json route` or `ip route` output among its files.
struct BoxRoute
{
    LiveRoute route; // destination nullopt: not IPv4 (or not a prefix)
    SourcePlace place;
};

// Routes on a box as evidence (issue 15): `ip [-json] route [show table all]`
// output saved among a box's files (ip-route.json, ip-route.txt, routes.txt:
// RouteStudio's own `check` collections name it ip-route.json). They map to
// nothing in the topology; after the import each is judged against the
// imported topology: explained (a route RouteStudio plans for the site, one of
// its LANs or its pool, its uplink's network, the default route) or not (a
// network or route the topology does not have), each with file:line.
namespace RouteEvidence {

// True for a file named like route output (ip-route[-…][.json|.txt|.out], routes…).
bool isRouteOutput(const QString &path);
// `ip -json route` (a JSON array, LiveParsers::routes) or `ip route` text,
// as ip-route(8) prints it. Errors (with the line) go to `log`.
QList<BoxRoute> read(const QByteArray &bytes, const QString &file, ImportLog &log);
// Notes every route of site `siteId` as explained (mapped) or not (not represented).
void judge(const Topology &topology, const RouteTable &table, const QString &siteId,
           const QList<BoxRoute> &routes, ImportLog &log);

} // namespace RouteEvidence
