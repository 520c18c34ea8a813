#include "core/import/topologybuilder.h"

#include "core/generators/common/prefixlist.h"
#include "core/mtu/mtucalculator.h"

#include <QMap>
#include <QSet>

namespace {

QString slug(const QString &text, const QString &fallback)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    out = out.left(63);
    return out.isEmpty() ? fallback : out;
}

QString unique(const QString &id, QSet<QString> *taken)
{
    QString out = id;
    for (int n = 2; taken->contains(out); ++n)
        out = QStringLiteral("%1-%2").arg(id.left(60)).arg(n);
    taken->insert(out);
    return out;
}

QString stripId(const QString &id)
{
    return id.startsWith(u'@') ? id.mid(1) : id;
}

bool usable(const QString &a)
{
    return !a.isEmpty() && a != u"%any" && a != u"%defaultroute" && !a.contains(u'/');
}

// One end of a link as this box's files describe it.
struct End
{
    int box = -1;                 // index into the scans, -1 for a peer no box owns
    QList<const TunnelFacts *> tunnels;
    const LacFacts *lac = nullptr;
};

struct Pending
{
    int box = -1;
    QString peer; // the peer's address as this box names it
    bool l2tp = false;
    End self;
};

class Builder
{
public:
    explicit Builder(QList<BoxScan> &boxes) : m_boxes(boxes) {}
    ImportedTopology run();

private:
    QString publicAddress(const BoxFacts &f) const;
    int owner(const QString &address) const;
    const PskFacts *psk(const BoxFacts &f, const QString &self, const QString &peer) const;
    void link(const Pending &a, const Pending *b, const QString &peerSite);
    void remoteAccess(int i, Site &site);
    QList<Ipv4Prefix> lans(int i) const;

    QList<BoxScan> &m_boxes;
    ImportedTopology m_out;
    QStringList m_address;           // per box
    QStringList m_siteId;            // per box
    QSet<QString> m_ids;
    QSet<QString> m_linkIds;
    QSet<QString> m_usedPsk;         // "box/place" of PSKs links use
    QMap<QString, QString> m_external; // peer address -> site id
    QList<Pending> m_pending;
    QMap<int, QList<Ipv4Prefix>> m_l2tpAnnounced; // box -> prefixes peers route to it over L2TP
    QSet<QString> m_usedRoutes;      // placeKey of script routes a link explains
    QSet<QString> m_chapUsed;        // placeKey of chap-secrets lines used
    QSet<QString> m_profileIds;
    QMap<QString, QList<Ipv4Prefix>> m_externalLans; // site id -> routes to it over L2TP
};

QString Builder::publicAddress(const BoxFacts &f) const
{
    QMap<QString, int> votes;
    for (const TunnelFacts &t : f.tunnels) {
        if (usable(t.localAddress))
            ++votes[t.localAddress];
        if (usable(stripId(t.localId)))
            ++votes[stripId(t.localId)];
    }
    if (usable(f.l2tpListen))
        ++votes[f.l2tpListen];
    QString best;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (best.isEmpty() || it.value() > votes.value(best))
            best = it.key();
    }
    return best;
}

int Builder::owner(const QString &address) const
{
    for (int i = 0; i < m_address.size(); ++i) {
        if (!address.isEmpty() && m_address.at(i) == stripId(address))
            return i;
    }
    return -1;
}

const PskFacts *Builder::psk(const BoxFacts &f, const QString &self, const QString &peer) const
{
    const PskFacts *one = nullptr;
    for (const PskFacts &p : f.psks) {
        QStringList ids;
        for (const QString &id : p.ids)
            ids << stripId(id);
        if (ids.contains(peer) && (ids.contains(self) || ids.size() == 1))
            return &p;
        if (ids.contains(peer))
            one = &p;
    }
    return one;
}

QList<Ipv4Prefix> Builder::lans(int i) const
{
    const BoxFacts &f = m_boxes.at(i).facts;
    QList<Ipv4Prefix> announced = m_l2tpAnnounced.value(i);
    QList<Ipv4Prefix> onward;
    for (const TunnelFacts &t : f.tunnels) {
        if (t.remoteAccess() || t.transportMode)
            continue;
        announced += t.localTs;
        onward += t.remoteTs;
    }
    // What peers that were imported say lives here.
    for (int j = 0; j < m_boxes.size(); ++j) {
        if (j == i)
            continue;
        for (const TunnelFacts &t : m_boxes.at(j).facts.tunnels) {
            if (!t.transportMode && owner(t.remoteAddress.isEmpty() ? t.remoteId : t.remoteAddress) == i)
                announced += t.remoteTs;
        }
    }
    for (const ScriptRoute &r : f.routes) {
        if (const auto p = Ipv4Prefix::parse(r.destination))
            onward.append(p->network());
    }
    if (f.lns && f.lns->pool)
        onward.append(*f.lns->pool);
    QList<Ipv4Prefix> out;
    for (const Ipv4Prefix &p : PrefixList::normalized(announced)) {
        bool transit = false;
        for (const Ipv4Prefix &o : onward)
            transit = transit || o.contains(p);
        if (!transit)
            out.append(p);
    }
    return out;
}

} // namespace

namespace {

QString placeKey(int box, const SourcePlace &p)
{
    return QString::number(box) + u'|' + p.toString();
}

QString linkBaseName(const End &e, bool l2tp)
{
    if (e.tunnels.isEmpty())
        return e.lac ? e.lac->section : QString();
    QString name = e.tunnels.constFirst()->name;
    if (l2tp && name.startsWith(QLatin1String("l2tp-")))
        name = name.mid(5);
    if (e.tunnels.size() > 1) {
        const qsizetype us = name.lastIndexOf(u'_');
        if (us > 0)
            name = name.left(us);
    }
    return name;
}

QSet<QString> proposalSet(const QString &p)
{
    QSet<QString> out;
    for (const QString &s : p.split(u',', Qt::SkipEmptyParts))
        out.insert(s.trimmed());
    return out;
}

QList<Ipv4Prefix> sides(const QList<const TunnelFacts *> &tunnels, bool local)
{
    QList<Ipv4Prefix> out;
    for (const TunnelFacts *t : tunnels)
        out += local ? t->localTs : t->remoteTs;
    QList<Ipv4Prefix> n = PrefixList::normalized(out);
    std::sort(n.begin(), n.end(), [](const Ipv4Prefix &a, const Ipv4Prefix &b) {
        return a.first() < b.first() || (a.first() == b.first() && a.length() < b.length());
    });
    return n;
}

} // namespace

void Builder::link(const Pending &a, const Pending *b, const QString &peerSite)
{
    ImportLog &log = m_boxes[a.box].log;
    const QString siteA = m_siteId.at(a.box);
    const Site *sa = m_out.topology.site(siteA);
    const Site *sb = m_out.topology.site(peerSite);
    const bool aIsHub = sa && sa->isHub();
    const End *hubEnd = (aIsHub || !b) ? &a.self : &b->self;
    Link l;
    l.id = unique(slug(linkBaseName(*hubEnd, a.l2tp), siteA + u'-' + peerSite), &m_linkIds);
    l.from = aIsHub || !(sb && sb->isHub()) ? siteA : peerSite;
    l.to = l.from == siteA ? peerSite : siteA;
    l.transport = a.l2tp ? Transport::L2tp : Transport::Ipsec;
    l.secret = l.id;
    const TunnelFacts *ta = a.self.tunnels.value(0);
    const TunnelFacts *tb = b ? b->self.tunnels.value(0) : nullptr;
    l.ike = ta && ta->ike ? *ta->ike : (tb && tb->ike ? *tb->ike : (a.l2tp ? IkeVersion::Ikev1 : IkeVersion::Ikev2));
    for (const TunnelFacts *t : a.self.tunnels)
        log.mapped(t->place, u"connection " + t->name, QStringLiteral("link %1 (%2 to %3)").arg(l.id, siteA, peerSite));
    if (b) {
        for (const TunnelFacts *t : b->self.tunnels)
            m_boxes[b->box].log.mapped(t->place, u"connection " + t->name,
                                       QStringLiteral("link %1 (%2 to %3)").arg(l.id, peerSite, siteA));
    }
    const auto other = [&](const SourcePlace &p) {
        return SourcePlace{m_boxes.at(b->box).facts.label + u'/' + p.file, p.line};
    };
    if (ta && tb) {
        if (ta->ike && tb->ike && *ta->ike != *tb->ike)
            log.contradiction(ta->place, other(tb->place), QStringLiteral("link %1: the ends use different IKE versions").arg(l.id));
        const QSet<QString> pa = proposalSet(ta->proposals);
        const QSet<QString> pb = proposalSet(tb->proposals);
        if (!pa.isEmpty() && !pb.isEmpty() && !pa.intersects(pb))
            log.contradiction(ta->proposalsPlace, other(tb->proposalsPlace),
                              QStringLiteral("link %1: the ends' IKE proposals have nothing in common").arg(l.id));
        if (!a.l2tp && sides(a.self.tunnels, true) != sides(b->self.tunnels, false))
            log.contradiction(ta->localTsPlace, other(tb->remoteTsPlace),
                              QStringLiteral("link %1: this end's local subnets differ from what the peer expects").arg(l.id));
        if (!a.l2tp && sides(a.self.tunnels, false) != sides(b->self.tunnels, true))
            log.contradiction(ta->remoteTsPlace, other(tb->localTsPlace),
                              QStringLiteral("link %1: this end's remote subnets differ from the peer's local ones").arg(l.id));
    }
    // The PSK, from either end; both must agree.
    const QString addrA = m_address.at(a.box);
    const PskFacts *ka = psk(m_boxes.at(a.box).facts, addrA, stripId(a.peer));
    const PskFacts *kb = b ? psk(m_boxes.at(b->box).facts, m_address.at(b->box), addrA) : nullptr;
    if (ka)
        m_usedPsk.insert(placeKey(a.box, ka->place));
    if (kb)
        m_usedPsk.insert(placeKey(b->box, kb->place));
    if (ka && kb && ka->secret != kb->secret)
        log.contradiction(ka->place, other(kb->place), QStringLiteral("link %1: the ends have different PSKs (values not shown)").arg(l.id));
    if (ka || kb)
        m_out.secrets.psk.insert(l.secret, ka ? ka->secret : kb->secret);
    else if (ta)
        log.notRepresented(ta->place, u"connection " + ta->name,
                           QStringLiteral("no PSK for link %1 in the imported files: `routestudio-cli secrets` makes one").arg(l.id));
    if (a.l2tp) {
        const Pending *gw = aIsHub ? b : &a;
        const Pending *hub = aIsHub ? &a : b;
        const LacFacts *lac = gw ? gw->self.lac : nullptr;
        // The PPP names this link goes by: the gateway's login and ipparam, else the link's name.
        QStringList names = lac ? QStringList{lac->pppName, lac->ipparam, lac->section} : QStringList{};
        names << linkBaseName(*hubEnd, true);
        for (const Pending *end : {hub, gw}) {
            if (!end)
                continue;
            BoxScan &scan = m_boxes[end->box];
            const Pending *far = end == hub ? gw : hub;
            for (const ScriptRoute &r : scan.facts.routes) {
                if (r.pattern.isEmpty() || !names.contains(r.pattern) || !Ipv4Prefix::parse(r.destination))
                    continue;
                const Ipv4Prefix dest = Ipv4Prefix::parse(r.destination)->network();
                if (far)
                    m_l2tpAnnounced[far->box].append(dest);
                else
                    m_externalLans[peerSite].append(dest); // a gateway no box owns: its LANs
                m_usedRoutes.insert(placeKey(end->box, r.place));
                scan.log.mapped(r.place, QStringLiteral("ip route %1 %2").arg(r.verb, r.destination),
                                QStringLiteral("a route over L2TP link %1").arg(l.id));
            }
            for (const ChapSecret &c : scan.facts.chap) {
                if (names.contains(c.client) && !c.client.isEmpty()) {
                    m_chapUsed.insert(placeKey(end->box, c.place));
                    scan.log.mapped(c.place, QStringLiteral("%1 %2 (password not shown)").arg(c.client, c.server),
                                    QStringLiteral("the PPP login of L2TP link %1 (its secret)").arg(l.id));
                    if (!m_out.secrets.psk.contains(l.secret))
                        m_out.secrets.psk.insert(l.secret, c.secret);
                    else if (m_out.secrets.psk.value(l.secret) != c.secret)
                        scan.log.notRepresented(c.place, c.client,
                                                QStringLiteral("the PPP password differs from the link's PSK: RouteStudio uses one secret for both"));
                }
            }
        }
    }
    m_out.topology.links.append(l);
}

void Builder::remoteAccess(int i, Site &site)
{
    BoxScan &scan = m_boxes[i];
    const BoxFacts &f = scan.facts;
    const LnsFacts &lns = *f.lns;
    if (!lns.pool || !lns.localAddress) {
        scan.log.error(lns.place, QStringLiteral("the L2TP server has no ip range or no local ip: no remote access imported"));
        return;
    }
    site.remoteAccess = RemoteAccess{*lns.pool, *lns.localAddress, lns.dns, {}};
    Profile profile;
    profile.hub = site.id;
    const PskFacts *key = nullptr;
    for (const PskFacts &p : f.psks) {
        if (!m_usedPsk.contains(placeKey(i, p.place)) && !key)
            key = &p;
        else if (!m_usedPsk.contains(placeKey(i, p.place)))
            scan.log.notRepresented(p.place, QStringLiteral("PSK %1 (not shown)").arg(p.name),
                                    QStringLiteral("a second remote-access PSK: RouteStudio has one per profile, the import makes one profile"));
    }
    profile.secret = key && !key->name.isEmpty() ? key->name : site.id + QStringLiteral("-l2tp");
    profile.id = unique(slug(key ? key->name : QString(), QStringLiteral("remote-access")), &m_profileIds);
    if (key)
        m_out.secrets.psk.insert(profile.secret, key->secret);
    for (const ChapSecret &c : f.chap) {
        if (m_chapUsed.contains(placeKey(i, c.place)))
            continue;
        const QString st = QStringLiteral("%1 %2 (password not shown)").arg(c.client, c.server);
        m_chapUsed.insert(placeKey(i, c.place)); // noted here, one way or the other
        if (c.clientWildcard) {
            scan.log.notRepresented(c.place, st, QStringLiteral("a wildcard client: RouteStudio has one login per user"));
            continue;
        }
        if (!c.serverWildcard && !lns.name.isEmpty() && c.server != lns.name) {
            scan.log.notRepresented(c.place, st, QStringLiteral("a secret for server \"%1\", not this L2TP server (%2)").arg(c.server, lns.name));
            continue;
        }
        if (!profile.users.contains(c.client))
            profile.users.append(c.client);
        m_out.secrets.users.insert(c.client, c.secret);
        scan.log.mapped(c.place, st, QStringLiteral("user %1 of profile %2").arg(c.client, profile.id));
    }
    for (const TunnelFacts &tf : f.tunnels) {
        if (tf.remoteAccess())
            scan.log.mapped(tf.place, u"connection " + tf.name,
                            QStringLiteral("L2TP/IPsec remote access of site %1 (profile %2)").arg(site.id, profile.id));
    }
    m_out.topology.profiles.append(profile);
}

ImportedTopology Builder::run()
{
    Topology &t = m_out.topology;
    QStringList labels;
    for (int i = 0; i < m_boxes.size(); ++i) {
        const BoxFacts &f = m_boxes.at(i).facts;
        labels << f.label;
        m_address << publicAddress(f);
        m_siteId << unique(slug(f.label, QStringLiteral("box")), &m_ids);
    }
    // Each box's connections grouped by peer and transport.
    for (int i = 0; i < m_boxes.size(); ++i) {
        const BoxFacts &f = m_boxes.at(i).facts;
        QMap<QString, Pending> groups;
        for (const TunnelFacts &tf : f.tunnels) {
            if (tf.remoteAccess())
                continue;
            const QString peer = usable(tf.remoteAddress) ? tf.remoteAddress : stripId(tf.remoteId);
            Pending &p = groups[peer + (tf.transportMode ? u"|l2tp" : u"|ipsec")];
            p.box = i;
            p.peer = peer;
            p.l2tp = tf.transportMode;
            p.self.box = i;
            p.self.tunnels.append(&tf);
        }
        for (const LacFacts &lac : f.lacs) {
            Pending &p = groups[lac.lns + u"|l2tp"];
            p.box = i;
            p.peer = lac.lns;
            p.l2tp = true;
            p.self.box = i;
            p.self.lac = &lac;
        }
        bool initiates = !f.lacs.isEmpty();
        for (const TunnelFacts &tf : f.tunnels)
            initiates = initiates || tf.initiates;
        Site s;
        s.id = m_siteId.at(i);
        s.name = f.label;
        s.role = f.lns || (!initiates && !groups.isEmpty()) ? SiteRole::Hub : SiteRole::Gateway;
        s.publicAddress = m_address.at(i);
        t.sites.append(s);
        m_pending += groups.values();
    }
    QSet<int> done;
    for (int k = 0; k < m_pending.size(); ++k) {
        if (done.contains(k))
            continue;
        const Pending &a = m_pending.at(k);
        const int j = owner(a.peer);
        if (j < 0) {
            QString &ext = m_external[a.peer];
            if (ext.isEmpty()) {
                Site s;
                const QString hint = a.self.tunnels.isEmpty() ? a.peer : linkBaseName(a.self, a.l2tp);
                s.id = ext = unique(slug(u"peer-" + hint, QStringLiteral("peer")), &m_ids);
                s.name = QStringLiteral("Peer %1 (not imported)").arg(a.peer);
                s.role = t.sites.at(a.box).isHub() ? SiteRole::Gateway : SiteRole::Hub;
                s.publicAddress = a.peer;
                for (const TunnelFacts *tf : a.self.tunnels)
                    s.lans += tf->remoteTs;
                s.lans = PrefixList::normalized(s.lans);
                t.sites.append(s);
            }
            link(a, nullptr, ext);
            continue;
        }
        const Pending *b = nullptr;
        for (int m = k + 1; m < m_pending.size(); ++m) {
            const Pending &c = m_pending.at(m);
            if (!done.contains(m) && c.box == j && c.l2tp == a.l2tp && owner(c.peer) == a.box) {
                b = &c;
                done.insert(m);
                break;
            }
        }
        if (!b && !a.self.tunnels.isEmpty())
            m_boxes[a.box].log.notRepresented(a.self.tunnels.constFirst()->place, u"connection " + a.self.tunnels.constFirst()->name,
                                              QStringLiteral("box %1 has no connection back to this one").arg(m_boxes.at(j).facts.label));
        link(a, b, m_siteId.at(j));
    }
    for (Site &s : t.sites) {
        if (m_externalLans.contains(s.id))
            s.lans = PrefixList::normalized(s.lans + m_externalLans.value(s.id));
    }
    for (int i = 0; i < m_boxes.size(); ++i) {
        Site &s = t.sites[i];
        s.lans = lans(i);
        if (m_boxes.at(i).facts.lns)
            remoteAccess(i, s);
    }
    for (int i = 0; i < m_boxes.size(); ++i) {
        BoxScan &scan = m_boxes[i];
        for (const ScriptRoute &r : scan.facts.routes) {
            if (!m_usedRoutes.contains(placeKey(i, r.place)))
                scan.log.notRepresented(r.place, QStringLiteral("ip route %1 %2").arg(r.verb, r.destination),
                                        QStringLiteral("not tied to an L2TP link of the import (RouteStudio derives routes itself)"));
        }
        for (const ChapSecret &c : scan.facts.chap) {
            if (!m_chapUsed.contains(placeKey(i, c.place)))
                scan.log.notRepresented(c.place, QStringLiteral("%1 %2 (password not shown)").arg(c.client, c.server),
                                        QStringLiteral("this box serves no L2TP remote access"));
        }
        for (const TunnelFacts &tf : scan.facts.tunnels) {
            if (tf.remoteAccess() && !scan.facts.lns)
                scan.log.notRepresented(tf.place, u"connection " + tf.name,
                                        QStringLiteral("remote access without an L2TP server (xl2tpd [lns]) in the import"));
        }
        for (const PskFacts &p : scan.facts.psks) {
            if (!m_usedPsk.contains(placeKey(i, p.place)) && !scan.facts.lns)
                scan.log.notRepresented(p.place, QStringLiteral("PSK %1 (not shown)").arg(p.ids.join(u' ')),
                                        QStringLiteral("no imported link or profile uses it"));
        }
        if (scan.facts.pppMtu && *scan.facts.pppMtu != MtuCalculator::pppMtu(Topology{}))
            t.mtu = scan.facts.pppMtu;
    }
    int hubs = 0;
    int gateways = 0;
    for (const Site &s : t.sites)
        t.layout.insert(s.id, s.isHub() ? QPointF(240.0 * hubs++, 0) : QPointF(200.0 * gateways++, 220));
    t.name = QStringLiteral("Imported from %1").arg(labels.join(QStringLiteral(", ")));
    return m_out;
}

ImportedTopology ImportedTopology::build(QList<BoxScan> &boxes)
{
    return Builder(boxes).run();
}
