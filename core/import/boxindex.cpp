#include "core/import/boxindex.h"

#include <QMap>

bool BoxIndex::usableAddress(const QString &a)
{
    return !a.isEmpty() && a != u"%any" && a != u"%defaultroute" && !a.contains(u'/');
}

BoxIndex::BoxIndex(const BoxFacts &f)
{
    QMap<QString, int> votes;
    for (const TunnelFacts &t : f.tunnels) {
        if (usableAddress(t.localAddress))
            ++votes[t.localAddress];
        if (usableAddress(stripId(t.localId)))
            ++votes[stripId(t.localId)];
    }
    if (usableAddress(f.l2tpListen))
        ++votes[f.l2tpListen];
    for (const QString &a : f.ownAddresses) {
        if (usableAddress(a))
            ++votes[a];
    }
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (m_publicAddress.isEmpty() || it.value() > votes.value(m_publicAddress))
            m_publicAddress = it.key();
    }
    for (const PskFacts &p : f.psks) {
        for (const QString &id : p.ids)
            m_psks[stripId(id)].append(&p);
    }
    for (const ChapSecret &c : f.chap)
        m_chap[c.client].append(&c);
    for (const ScriptRoute &r : f.routes) {
        for (const QString &alternative : r.pattern.split(u'|', Qt::SkipEmptyParts))
            m_routes[alternative].append(&r);
    }
}

const PskFacts *BoxIndex::psk(const QString &self, const QString &peer) const
{
    const QList<const PskFacts *> candidates = m_psks.value(peer);
    for (const PskFacts *p : candidates) {
        if (p->ids.size() == 1)
            return p;
        for (const QString &id : p->ids) {
            if (stripId(id) == self)
                return p;
        }
    }
    return candidates.isEmpty() ? nullptr : candidates.constFirst();
}
