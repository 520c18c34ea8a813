#pragma once

#include "core/net/ipv4prefix.h"

#include <QList>

// An inclusive range of IPv4 addresses written as CIDR prefixes.
namespace Ipv4Range {

// The fewest prefixes that together are exactly [first, last], in address
// order (at most 62): 10.0.1.0-10.0.3.255 is 10.0.1.0/24 and 10.0.2.0/23.
QList<Ipv4Prefix> prefixes(quint32 first, quint32 last);

} // namespace Ipv4Range
