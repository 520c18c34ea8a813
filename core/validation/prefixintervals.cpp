#include "core/validation/prefixintervals.h"

#include <algorithm>

PrefixIntervals::PrefixIntervals(const QList<Ipv4Prefix> &prefixes)
{
    for (const Ipv4Prefix &p : prefixes)
        add(p);
    finish();
}

void PrefixIntervals::finish()
{
    std::vector<std::pair<quint32, quint32>> all = std::move(m_pending);
    m_pending.clear();
    all.insert(all.end(), m_merged.begin(), m_merged.end());
    std::stable_sort(all.begin(), all.end());
    m_merged.clear();
    for (const auto &[first, last] : all) {
        // Merge when overlapping or adjacent (careful at 255.255.255.255).
        if (!m_merged.empty() && (m_merged.back().second == 0xffffffffu
                                  || first <= m_merged.back().second + 1)) {
            m_merged.back().second = std::max(m_merged.back().second, last);
        } else {
            m_merged.emplace_back(first, last);
        }
    }
}

bool PrefixIntervals::covers(quint32 first, quint32 last) const
{
    // The last interval that starts at or before `first`.
    auto it = std::upper_bound(m_merged.begin(), m_merged.end(), first,
                               [](quint32 value, const auto &iv) { return value < iv.first; });
    if (it == m_merged.begin())
        return false;
    --it;
    return it->second >= last;
}
