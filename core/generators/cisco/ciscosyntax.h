#pragma once

#include "core/net/ipv4prefix.h"

#include <QString>

// Small pieces of IOS syntax shared by the Cisco sections.
namespace CiscoSyntax {

// The interface facing the Internet: crypto map and tunnel source.
inline QString wanInterface() { return QStringLiteral("GigabitEthernet0/0"); }
// "10.20.0.0 255.255.0.0"
QString prefix(const Ipv4Prefix &p);
// Object names: "RS-" + a RouteStudio id (ids are [a-z0-9-], safe in IOS names).
QString name(const QString &id);

} // namespace CiscoSyntax
