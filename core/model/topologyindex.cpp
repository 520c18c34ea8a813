#include "core/model/topologyindex.h"

TopologyIndex::TopologyIndex(const Topology &t)
{
    m_sites.reserve(t.sites.size());
    for (const Site &s : t.sites) {
        if (!m_sites.contains(s.id))
            m_sites.insert(s.id, &s);
    }
    for (const Link &l : t.links) {
        m_links[l.from].append(&l);
        if (l.to != l.from)
            m_links[l.to].append(&l);
    }
    for (const Profile &p : t.profiles) {
        for (const QString &hub : p.hubs())
            m_profiles[hub].append(&p);
    }
}

const QList<const Link *> &TopologyIndex::linksOf(const QString &siteId) const
{
    static const QList<const Link *> none;
    const auto it = m_links.constFind(siteId);
    return it == m_links.cend() ? none : *it;
}

const QList<const Profile *> &TopologyIndex::profilesOf(const QString &hubId) const
{
    static const QList<const Profile *> none;
    const auto it = m_profiles.constFind(hubId);
    return it == m_profiles.cend() ? none : *it;
}
