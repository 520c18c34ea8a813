#pragma once

#include "core/model/topology.h"
#include "core/routes/routetable.h"

#include <QJsonArray>
#include <QString>

// What every hub answers to its clients' DHCPINFORM (`routestudio-cli routes
// --push`): per hub and profile the exact bytes of options 121 and 249 (hex),
// the DNS servers, domain and the profile's addresses (docs/route-push.md).
namespace PushReport {

QString text(const Topology &topology, const RouteTable &routes);
QJsonArray json(const Topology &topology, const RouteTable &routes);

} // namespace PushReport
