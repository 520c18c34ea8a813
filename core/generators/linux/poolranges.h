#pragma once

#include "core/net/ipv4prefix.h"

#include <QList>
#include <QPair>
#include <QString>

// The client addresses xl2tpd may hand out: the pool without its network and
// broadcast address (for pools of /30 and larger) and without the server's own
// PPP address, as inclusive ranges. Two ranges when the server's address is in
// the middle; none when nothing is left.
namespace PoolRanges {

QList<QPair<Ipv4Address, Ipv4Address>> compute(const Ipv4Prefix &pool, Ipv4Address server);
QString toString(const QPair<Ipv4Address, Ipv4Address> &range); // "a.b.c.d-e.f.g.h"

} // namespace PoolRanges
