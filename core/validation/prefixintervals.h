#pragma once

#include "core/net/ipv4prefix.h"

#include <QList>
#include <utility>
#include <vector>

// A set of addresses given as prefixes, kept as sorted, merged, disjoint
// intervals: built in O(n log n), asked in O(log n). Adjacent prefixes merge, so
// 10.10.0.0/16 + 10.11.0.0/16 cover 10.10.0.0/15.
class PrefixIntervals
{
public:
    PrefixIntervals() = default;
    explicit PrefixIntervals(const QList<Ipv4Prefix> &prefixes);

    void add(const Ipv4Prefix &prefix) { m_pending.emplace_back(prefix.first(), prefix.last()); }
    // Sorts and merges what add() collected; call once before asking.
    void finish();

    bool covers(quint32 first, quint32 last) const;
    bool covers(const Ipv4Prefix &p) const { return covers(p.first(), p.last()); }
    bool covers(Ipv4Address a) const { return covers(a.value(), a.value()); }
    bool isEmpty() const { return m_merged.empty(); }

private:
    std::vector<std::pair<quint32, quint32>> m_pending;
    std::vector<std::pair<quint32, quint32>> m_merged; // disjoint, sorted, not adjacent
};
