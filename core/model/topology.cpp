#include "core/model/topology.h"

namespace {

template <typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

const Site *Topology::site(const QString &id) const { return findById(sites, id); }
const Link *Topology::link(const QString &id) const { return findById(links, id); }
const Profile *Topology::profile(const QString &id) const { return findById(profiles, id); }

int Topology::siteIndex(const QString &id) const
{
    for (int i = 0; i < sites.size(); ++i) {
        if (sites[i].id == id)
            return i;
    }
    return -1;
}
