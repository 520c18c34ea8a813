#include "core/net/ipv4range.h"

namespace Ipv4Range {

QList<Ipv4Prefix> prefixes(quint32 first, quint32 last)
{
    QList<Ipv4Prefix> out;
    quint64 at = first;
    const quint64 end = quint64(last) + 1;
    while (at < end) {
        // The longest block that starts at `at` (aligned) and ends by `last`.
        int length = 32;
        while (length > 0) {
            const quint64 size = quint64(1) << (33 - length);
            if (at % size != 0 || at + size > end)
                break;
            --length;
        }
        out.append(Ipv4Prefix(Ipv4Address(quint32(at)), length));
        at += quint64(1) << (32 - length);
    }
    return out;
}

} // namespace Ipv4Range
