#include "core/generators/linux/poolranges.h"

namespace PoolRanges {

QList<QPair<Ipv4Address, Ipv4Address>> compute(const Ipv4Prefix &pool, Ipv4Address server)
{
    quint64 first = pool.first();
    quint64 last = pool.last();
    if (pool.length() <= 30) {
        ++first;
        --last;
    }
    QList<QPair<quint64, quint64>> parts;
    const quint64 s = server.value();
    if (s < first || s > last) {
        parts.append({first, last});
    } else {
        if (s > first)
            parts.append({first, s - 1});
        if (s < last)
            parts.append({s + 1, last});
    }
    QList<QPair<Ipv4Address, Ipv4Address>> out;
    for (const auto &[a, b] : parts) {
        if (a <= b)
            out.append({Ipv4Address(quint32(a)), Ipv4Address(quint32(b))});
    }
    return out;
}

QString toString(const QPair<Ipv4Address, Ipv4Address> &range)
{
    return range.first.toString() + u'-' + range.second.toString();
}

} // namespace PoolRanges
