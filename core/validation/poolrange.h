#pragma once

#include "core/net/ipv4prefix.h"

#include <QList>
#include <QString>
#include <utility>

// The addresses of a client pool that can be handed to clients: the pool without
// its network and broadcast address (pools up to /30) and without the server's own
// PPP address when that lies inside. At most two ranges (split by the server's
// address). This is the `ip range` an L2TP server is given.
class PoolRange
{
public:
    using Range = std::pair<Ipv4Address, Ipv4Address>; // first, last (inclusive)

    PoolRange(const Ipv4Prefix &pool, Ipv4Address serverAddress);

    const QList<Range> &ranges() const { return m_ranges; }
    quint64 usable() const;
    // "10.8.0.2-10.8.0.254", "10.8.0.1-10.8.0.99 and 10.8.0.101-10.8.0.254", or "none".
    QString text() const;

    // The longest prefix length whose pool serves `clients` with the server's
    // address inside it.
    static int lengthFor(quint64 clients);

private:
    QList<Range> m_ranges;
};
