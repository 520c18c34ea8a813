#include "core/validation/poolrange.h"

#include <QStringList>

PoolRange::PoolRange(const Ipv4Prefix &pool, Ipv4Address serverAddress)
{
    quint64 first = pool.first();
    quint64 last = pool.last();
    if (pool.length() <= 30) {
        ++first;
        --last;
    }
    const quint64 server = serverAddress.value();
    auto add = [this](quint64 a, quint64 b) {
        if (a <= b)
            m_ranges.append({Ipv4Address(quint32(a)), Ipv4Address(quint32(b))});
    };
    if (server >= first && server <= last) {
        if (server > first)
            add(first, server - 1);
        add(server + 1, last);
    } else {
        add(first, last);
    }
}

quint64 PoolRange::usable() const
{
    quint64 n = 0;
    for (const Range &r : m_ranges)
        n += quint64(r.second.value()) - r.first.value() + 1;
    return n;
}

QString PoolRange::text() const
{
    QStringList parts;
    for (const Range &r : m_ranges) {
        parts << (r.first == r.second ? r.first.toString()
                                      : r.first.toString() + u'-' + r.second.toString());
    }
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(" and "));
}

int PoolRange::lengthFor(quint64 clients)
{
    for (int length = 30; length > 0; --length) {
        const quint64 size = quint64(1) << (32 - length);
        if (size - 3 >= clients) // network, broadcast, server
            return length;
    }
    return 0;
}
