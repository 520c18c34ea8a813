#include "core/validation/siteindex.h"

SiteIndex::SiteIndex(const Topology &topology) : m_topology(topology)
{
    m_index.reserve(topology.sites.size());
    for (int i = 0; i < topology.sites.size(); ++i) {
        if (!m_index.contains(topology.sites[i].id))
            m_index.insert(topology.sites[i].id, i);
    }
}

const Site *SiteIndex::site(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_topology.sites[i];
}
