#include "core/generators/common/prefixlist.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace PrefixList {

// The prefixes no other one covers (of equal ones the first), in the order they
// were first given: sorted by first address with containers first, a prefix is
// covered exactly when it lies inside the last one kept. O(n log n).
QList<Ipv4Prefix> normalized(const QList<Ipv4Prefix> &prefixes)
{
    std::vector<std::pair<Ipv4Prefix, int>> sorted;
    sorted.reserve(prefixes.size());
    for (int i = 0; i < prefixes.size(); ++i)
        sorted.emplace_back(prefixes[i].network(), i);
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        if (a.first.first() != b.first.first())
            return a.first.first() < b.first.first();
        return a.first.length() != b.first.length() ? a.first.length() < b.first.length()
                                                    : a.second < b.second;
    });
    std::vector<std::pair<int, Ipv4Prefix>> kept; // (first position, prefix)
    for (const auto &[p, i] : sorted) {
        if (kept.empty() || !kept.back().second.contains(p))
            kept.emplace_back(i, p);
    }
    std::sort(kept.begin(), kept.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Ipv4Prefix> out;
    out.reserve(int(kept.size()));
    for (const auto &k : kept)
        out.append(k.second);
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
