#include "core/generators/common/prefixlist.h"

#include <algorithm>

namespace PrefixList {

QList<Ipv4Prefix> normalized(const QList<Ipv4Prefix> &prefixes)
{
    QList<Ipv4Prefix> out;
    for (const Ipv4Prefix &raw : prefixes) {
        const Ipv4Prefix p = raw.network();
        bool covered = false;
        for (const Ipv4Prefix &kept : out)
            covered = covered || kept.contains(p);
        if (covered)
            continue;
        out.erase(std::remove_if(out.begin(), out.end(),
                                 [&p](const Ipv4Prefix &kept) { return p.contains(kept); }),
                  out.end());
        out.append(p);
    }
    return out;
}

QStringList strings(const QList<Ipv4Prefix> &prefixes)
{
    QStringList out;
    for (const Ipv4Prefix &p : prefixes)
        out << p.toString();
    return out;
}

QString joined(const QList<Ipv4Prefix> &prefixes, const QString &separator)
{
    return strings(prefixes).join(separator);
}

} // namespace PrefixList
