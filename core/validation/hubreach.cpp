#include "core/validation/hubreach.h"

#include "core/validation/siteindex.h"

HubReach::HubReach(const Topology &t, const SiteIndex &index)
{
    for (int i = 0; i < t.sites.size(); ++i) {
        if (!t.sites[i].isHub())
            continue;
        PrefixIntervals &set = m_reach[i];
        for (const Ipv4Prefix &lan : t.sites[i].lans)
            set.add(lan);
        m_lists[i] += t.sites[i].lans;
    }
    for (const Link &l : t.links) {
        const int a = index.indexOf(l.from);
        const int b = index.indexOf(l.to);
        if (a < 0 || b < 0 || a == b || t.sites[a].isHub() == t.sites[b].isHub())
            continue;
        const int hub = t.sites[a].isHub() ? a : b;
        for (const Ipv4Prefix &lan : t.sites[hub == a ? b : a].lans)
            m_reach[hub].add(lan);
        m_lists[hub] += t.sites[hub == a ? b : a].lans;
    }
    for (PrefixIntervals &set : m_reach)
        set.finish();
}

const PrefixIntervals &HubReach::of(int hubIndex) const
{
    const auto it = m_reach.constFind(hubIndex);
    return it == m_reach.constEnd() ? m_empty : *it;
}
