#pragma once

#include "core/model/topology.h"

#include <QHash>
#include <QList>

// The lookups generation makes per site, each O(1) instead of a scan of the
// whole topology: sites by id, the links that touch a site and the profiles a
// hub serves, both in file order. Built in one pass; it points into the
// topology, which must outlive it unchanged. With duplicate site ids the first
// site wins, as in Topology::site().
class TopologyIndex
{
public:
    explicit TopologyIndex(const Topology &topology);

    const Site *site(const QString &id) const { return m_sites.value(id); }
    const QList<const Link *> &linksOf(const QString &siteId) const;
    // The profiles a hub serves: as their hub or as their backupHub.
    const QList<const Profile *> &profilesOf(const QString &hubId) const;

private:
    QHash<QString, const Site *> m_sites;
    QHash<QString, QList<const Link *>> m_links;
    QHash<QString, QList<const Profile *>> m_profiles;
};
