#include "ui/document/topologydocument.h"

TopologyDocument::TopologyDocument(QObject *parent) : QObject(parent) {}

void TopologyDocument::edited(Edit edit)
{
    if (edit == Edit::Content)
        Q_EMIT contentChanged();
    Q_EMIT changed();
}

void TopologyDocument::reset(const Topology &topology)
{
    ++m_contentRevision; // before any signal: a reader never sees new content, old revision
    m_topology = topology;
    Q_EMIT resetDone();
    edited(Edit::Content);
}

void TopologyDocument::insertSite(int index, const Site &site,
                                  const std::optional<QPointF> &position)
{
    ++m_contentRevision; // before any signal: a reader never sees new content, old revision
    index = qBound(0, index, int(m_topology.sites.size()));
    m_topology.sites.insert(index, site);
    if (position)
        m_topology.layout.insert(site.id, *position);
    Q_EMIT siteAdded(site.id);
    edited(Edit::Content);
}

Site TopologyDocument::removeSite(const QString &id)
{
    ++m_contentRevision; // before any signal: a reader never sees new content, old revision
    const int i = m_topology.siteIndex(id);
    Q_ASSERT(i >= 0);
    const Site site = m_topology.sites.takeAt(i);
    m_topology.layout.remove(id);
    Q_EMIT siteRemoved(id);
    edited(Edit::Content);
    return site;
}

void TopologyDocument::replaceSite(const QString &id, const Site &site)
{
    ++m_contentRevision; // before any signal: a reader never sees new content, old revision
    const int i = m_topology.siteIndex(id);
    Q_ASSERT(i >= 0 && site.id == id);
    m_topology.sites[i] = site;
    Q_EMIT siteChanged(id);
    edited(Edit::Content);
}

void TopologyDocument::renameSite(const QString &oldId, const QString &newId)
{
    ++m_contentRevision; // before any signal: a reader never sees new content, old revision
    const int i = m_topology.siteIndex(oldId);
    Q_ASSERT(i >= 0);
    m_topology.sites[i].id = newId;
    if (m_topology.layout.contains(oldId))
        m_topology.layout.insert(newId, m_topology.layout.take(oldId));
    QStringList links;
    for (Link &l : m_topology.links) {
        if (l.from == oldId)
            l.from = newId;
        if (l.to == oldId)
            l.to = newId;
        if (l.touches(newId))
            links << l.id;
    }
    QStringList profiles;
    for (Profile &p : m_topology.profiles) {
        if (p.hubs().contains(oldId)) {
            if (p.hub == oldId)
                p.hub = newId;
            if (p.backupHub == oldId)
                p.backupHub = newId;
            profiles << p.id;
        }
    }
    Q_EMIT siteRenamed(oldId, newId);
    for (const QString &l : links)
        Q_EMIT linkChanged(l, l);
    for (const QString &p : profiles)
        Q_EMIT profileChanged(p, p);
    edited(Edit::Content);
}

void TopologyDocument::setSitePosition(const QString &id, const std::optional<QPointF> &position)
{
    if (position)
        m_topology.layout.insert(id, *position);
    else
        m_topology.layout.remove(id);
    Q_EMIT siteMoved(id);
    edited(Edit::Layout);
}

void TopologyDocument::insertLink(int index, const Link &link)
{
    ++m_contentRevision; // before any signal: a reader never sees new content, old revision
    index = qBound(0, index, int(m_topology.links.size()));
    m_topology.links.insert(index, link);
    Q_EMIT linkAdded(link.id);
    edited(Edit::Content);
}

Link TopologyDocument::removeLink(const QString &id)
{
    ++m_contentRevision; // before any signal: a reader never sees new content, old revision
    const int i = linkIndex(id);
    Q_ASSERT(i >= 0);
    const Link link = m_topology.links.takeAt(i);
    Q_EMIT linkRemoved(id);
    edited(Edit::Content);
    return link;
}

void TopologyDocument::replaceLink(const QString &id, const Link &link)
{
    ++m_contentRevision; // before any signal: a reader never sees new content, old revision
    const int i = linkIndex(id);
    Q_ASSERT(i >= 0);
    m_topology.links[i] = link;
    Q_EMIT linkChanged(id, link.id);
    edited(Edit::Content);
}

void TopologyDocument::insertProfile(int index, const Profile &profile)
{
    ++m_contentRevision; // before any signal: a reader never sees new content, old revision
    index = qBound(0, index, int(m_topology.profiles.size()));
    m_topology.profiles.insert(index, profile);
    Q_EMIT profileAdded(profile.id);
    edited(Edit::Content);
}

Profile TopologyDocument::removeProfile(const QString &id)
{
    ++m_contentRevision; // before any signal: a reader never sees new content, old revision
    const int i = profileIndex(id);
    Q_ASSERT(i >= 0);
    const Profile profile = m_topology.profiles.takeAt(i);
    Q_EMIT profileRemoved(id);
    edited(Edit::Content);
    return profile;
}

void TopologyDocument::replaceProfile(const QString &id, const Profile &profile)
{
    ++m_contentRevision; // before any signal: a reader never sees new content, old revision
    const int i = profileIndex(id);
    Q_ASSERT(i >= 0);
    m_topology.profiles[i] = profile;
    Q_EMIT profileChanged(id, profile.id);
    edited(Edit::Content);
}

void TopologyDocument::setProperties(const QString &name, const std::optional<int> &mtu)
{
    ++m_contentRevision; // before any signal: a reader never sees new content, old revision
    m_topology.name = name;
    m_topology.mtu = mtu;
    Q_EMIT propertiesChanged();
    edited(Edit::Content);
}

int TopologyDocument::linkIndex(const QString &id) const
{
    for (int i = 0; i < m_topology.links.size(); ++i) {
        if (m_topology.links[i].id == id)
            return i;
    }
    return -1;
}

int TopologyDocument::profileIndex(const QString &id) const
{
    for (int i = 0; i < m_topology.profiles.size(); ++i) {
        if (m_topology.profiles[i].id == id)
            return i;
    }
    return -1;
}

std::optional<QPointF> TopologyDocument::position(const QString &siteId) const
{
    const auto it = m_topology.layout.constFind(siteId);
    if (it == m_topology.layout.constEnd())
        return std::nullopt;
    return *it;
}

QString TopologyDocument::uniqueId(const QString &stem) const
{
    auto taken = [this](const QString &id) {
        return m_topology.site(id) || m_topology.link(id) || m_topology.profile(id);
    };
    if (!taken(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString id = stem + u'-' + QString::number(n);
        if (!taken(id))
            return id;
    }
}
