#pragma once

#include "core/model/topology.h"

#include <QHash>

// Sites by id in O(1) for the checks (Topology::site() is a linear search).
// With duplicate ids the first site wins, as in Topology::site().
class SiteIndex
{
public:
    explicit SiteIndex(const Topology &topology);

    // Index into topology.sites, or -1.
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const Site *site(const QString &id) const;

private:
    const Topology &m_topology;
    QHash<QString, int> m_index;
};
