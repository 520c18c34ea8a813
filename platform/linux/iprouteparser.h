#pragma once

#include "platform/common/routelookup.h"
#include "platform/common/systemroute.h"
#include "platform/common/tunnelinfo.h"

#include <QByteArray>
#include <QList>
#include <optional>

// Reads iproute2's JSON output (`ip -j`). Pure: tests feed it captured output.
namespace IpRouteParser {

// `ip -j -4 route show`; nullopt with `error` for output it cannot read.
std::optional<QList<SystemRoute>> routes(const QByteArray &json, QString *error);
// `ip -j -4 route get ADDR`
std::optional<RouteLookup> lookup(const QByteArray &json, QString *error);
// `ip -j -4 addr show`: the interface holding `local`, with its peer address.
std::optional<TunnelInfo> interfaceWithAddress(const QByteArray &json, Ipv4Address local,
                                               QString *error);

} // namespace IpRouteParser
