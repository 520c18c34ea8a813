#include "core/import/topologybuilder.h"

#include "core/generators/common/prefixlist.h"
#include "core/import/boxindex.h"
#include "core/mtu/mtucalculator.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

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

QString placeKey(int box, const SourcePlace &p)
{
    return QString::number(box) + u'|' + p.toString();
}

// One box's connections to one peer over one transport.
struct Pending
{
    int box = -1;
    QString peer; // the peer's address as this box names it
    bool l2tp = false;
    QList<const TunnelFacts *> tunnels;
    const LacFacts *lac = nullptr;
};

QString linkBaseName(const Pending &e)
{
    if (e.tunnels.isEmpty())
        return e.lac ? e.lac->section : QString();
    QString name = e.tunnels.constFirst()->name;
    if (e.l2tp && name.startsWith(QLatin1String("l2tp-")))
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

// What one box's connections and L2TP clients dial, with what tells the
// dialled box apart: over IPsec the selectors of this end's side (`local`) or
// the other; over L2TP the link's name (a connection's without "l2tp-", an
// L2TP client's section and PPP login).
struct Target
{
    QString address;
    bool l2tp = false;
    QStringList signatures;
};

QString selectorText(const QList<Ipv4Prefix> &prefixes)
{
    QStringList out;
    for (const Ipv4Prefix &p : prefixes)
        out << p.toString();
    return out.join(u',');
}

QList<Target> targets(const BoxFacts &f, bool local)
{
    QHash<QString, QList<const TunnelFacts *>> ipsec; // address -> its tunnel-mode connections
    QStringList order;
    QList<Target> out;
    for (const TunnelFacts &t : f.tunnels) {
        if (t.remoteAccess())
            continue;
        const QString address = BoxIndex::usableAddress(t.remoteAddress) ? t.remoteAddress : BoxIndex::stripId(t.remoteId);
        if (t.transportMode) {
            out.append({address, true, {t.name.startsWith(QLatin1String("l2tp-")) ? t.name.mid(5) : t.name}});
            continue;
        }
        if (!ipsec.contains(address))
            order << address;
        ipsec[address].append(&t);
    }
    for (const QString &address : order) {
        // A route-based end (an IOS VTI) has no selectors of its own side (its
        // routes are the other side): any peer that dials it back fits.
        const QList<const TunnelFacts *> &group = ipsec[address];
        const bool routeBased = std::any_of(group.cbegin(), group.cend(), [](const TunnelFacts *t) { return t->routeBased; });
        out.append({address, false, {local && routeBased ? QStringLiteral("*") : selectorText(sides(group, local))}});
    }
    for (const LacFacts &lac : f.lacs)
        out.append({lac.lns, true, {lac.section, lac.pppName}});
    return out;
}

class Builder
{
public:
    explicit Builder(QList<BoxScan> &boxes) : m_boxes(boxes) {}
    ImportedTopology run();

private:
    int owner(const QString &address) const { return m_owner.value(BoxIndex::stripId(address), -1); }
    void inferAddresses();
    QString inferredAddress(int b, const QHash<QString, QSet<QString>> &back,
                            const QHash<QString, QSet<QString>> &byLogin) const;
    void collect(int i);
    void pair();
    void link(const Pending &a, const Pending *b, int peerBox, const QString &peerSite);
    void compareEnds(const Pending &a, const Pending &b, const QString &linkId);
    void linkSecret(const Pending &a, const Pending *b, const Link &l);
    void l2tpRoutes(int hubBox, int gwBox, const LacFacts *lac, const QStringList &baseNames, const Link &l,
                    const QString &peerSite);
    void remoteAccess(int i, Site &site);
    QList<Ipv4Prefix> lans(int i) const;
    void leftovers(int i);
    // Sites by id, hashed: a link looks its ends up without a scan of every site.
    void addSite(const Site &s)
    {
        m_siteIndex.insert(s.id, int(m_out.topology.sites.size()));
        m_out.topology.sites.append(s);
    }
    const Site *site(const QString &id) const
    {
        const int i = m_siteIndex.value(id, -1);
        return i < 0 ? nullptr : &m_out.topology.sites.at(i);
    }
    SourcePlace elsewhere(int box, const SourcePlace &p) const
    {
        return {m_boxes.at(box).facts.label + u'/' + p.file, p.line};
    }

    QList<BoxScan> &m_boxes;
    QList<BoxIndex> m_index;          // per box
    QStringList m_siteId;             // per box
    QHash<QString, int> m_owner;      // public address -> box
    ImportedTopology m_out;
    QSet<QString> m_ids;
    QSet<QString> m_linkIds;
    QSet<QString> m_profileIds;
    QSet<QString> m_used;             // placeKey of PSKs, routes and chap lines already noted
    QHash<QString, QString> m_external; // peer address -> site id
    QHash<QString, int> m_siteIndex;    // site id -> index in m_out.topology.sites
    QList<Pending> m_pending;
    QHash<int, QList<Ipv4Prefix>> m_offered;            // box -> what its peers route to it
    QHash<QString, QList<Ipv4Prefix>> m_externalLans;  // site id -> routes to it over L2TP
};

// A box whose files do not name its own address (RouteStudio's RouterOS
// scripts do not) gets the one its peers dial that no imported box owns: for
// every box it dials, the addresses that box dials back over the same
// transport and no box owns, with IPsec selectors that mirror its own or,
// over L2TP, the same link name; for an L2TP server, also the address gateways
// dial with one of its PPP logins. Only a single candidate is taken. Hashed:
// one pass over every box's targets a round; rounds repeat while boxes get
// addresses (a box can only be placed once its peer is).
void Builder::inferAddresses()
{
    for (int round = 0; round < m_boxes.size(); ++round) {
        QHash<QString, QSet<QString>> back; // "box|l2tp|signature" -> unowned addresses it dials
        QHash<QString, QSet<QString>> byLogin; // PPP login -> unowned L2TP servers dialled with it
        bool missing = false;
        for (int a = 0; a < m_boxes.size(); ++a) {
            missing = missing || m_index.at(a).publicAddress().isEmpty();
            for (const Target &t : targets(m_boxes.at(a).facts, false)) {
                if (t.address.isEmpty() || owner(t.address) >= 0)
                    continue;
                for (const QString &sig : t.signatures)
                    back[QStringLiteral("%1|%2|%3").arg(a).arg(t.l2tp).arg(sig)].insert(t.address);
                // Names written by hand need not agree, and a route-based end has no
                // selectors: any peer over the same transport, if only one.
                back[QStringLiteral("%1|%2|*").arg(a).arg(t.l2tp)].insert(t.address);
            }
            for (const LacFacts &lac : m_boxes.at(a).facts.lacs) {
                if (owner(lac.lns) < 0)
                    byLogin[lac.pppName].insert(lac.lns);
            }
        }
        if (!missing)
            return;
        bool changed = false;
        for (int b = 0; b < m_boxes.size(); ++b) {
            if (!m_index.at(b).publicAddress().isEmpty())
                continue;
            const QString x = inferredAddress(b, back, byLogin);
            if (x.isEmpty() || owner(x) >= 0)
                continue;
            m_index[b].setPublicAddress(x);
            m_owner.insert(x, b);
            changed = true;
        }
        if (!changed)
            return;
    }
}

QString Builder::inferredAddress(int b, const QHash<QString, QSet<QString>> &back,
                                 const QHash<QString, QSet<QString>> &byLogin) const
{
    std::optional<QSet<QString>> candidates;
    const auto narrow = [&candidates](const QSet<QString> &here) {
        candidates = candidates ? (*candidates & here) : here;
    };
    for (const Target &t : targets(m_boxes.at(b).facts, true)) {
        const int a = owner(t.address);
        if (a < 0 || a == b)
            continue;
        QSet<QString> here;
        for (const QString &sig : t.signatures)
            here += back.value(QStringLiteral("%1|%2|%3").arg(a).arg(t.l2tp).arg(sig));
        if (here.isEmpty() && t.l2tp)
            here = back.value(QStringLiteral("%1|1|*").arg(a));
        narrow(here);
    }
    const BoxFacts &f = m_boxes.at(b).facts;
    if (f.lns) {
        for (const ChapSecret &c : f.chap) {
            if (byLogin.contains(c.client))
                narrow(byLogin.value(c.client));
        }
    }
    return candidates && candidates->size() == 1 ? *candidates->cbegin() : QString();
}

// Groups box i's connections by peer and transport and adds its site.
void Builder::collect(int i)
{
    const BoxFacts &f = m_boxes.at(i).facts;
    QMap<QString, Pending> groups;
    for (const TunnelFacts &tf : f.tunnels) {
        if (tf.remoteAccess())
            continue;
        const QString peer = BoxIndex::usableAddress(tf.remoteAddress) ? tf.remoteAddress : BoxIndex::stripId(tf.remoteId);
        Pending &p = groups[peer + (tf.transportMode ? u"|l2tp" : u"|ipsec")];
        p.box = i;
        p.peer = peer;
        p.l2tp = tf.transportMode;
        p.tunnels.append(&tf);
    }
    for (const LacFacts &lac : f.lacs) {
        Pending &p = groups[lac.lns + u"|l2tp"];
        p.box = i;
        p.peer = lac.lns;
        p.l2tp = true;
        p.lac = &lac;
    }
    bool initiates = !f.lacs.isEmpty();
    for (const TunnelFacts &tf : f.tunnels)
        initiates = initiates || tf.initiates;
    Site s;
    s.id = m_siteId.at(i);
    s.name = f.label;
    s.platform = f.platform;
    s.role = f.lns || (!initiates && !groups.isEmpty()) ? SiteRole::Hub : SiteRole::Gateway;
    s.publicAddress = m_index.at(i).publicAddress();
    addSite(s);
    m_pending += groups.values();
}

// Matches every box's connections with the peer's connections back (a hash on
// (box, peer box, transport)), or with a site made from what this end says.
void Builder::pair()
{
    QHash<QString, QList<int>> byEnds;
    const auto key = [](int from, int to, bool l2tp) {
        return QStringLiteral("%1|%2|%3").arg(from).arg(to).arg(l2tp);
    };
    for (int k = 0; k < m_pending.size(); ++k)
        byEnds[key(m_pending.at(k).box, owner(m_pending.at(k).peer), m_pending.at(k).l2tp)].append(k);
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
                s.id = ext = unique(slug(u"peer-" + (a.tunnels.isEmpty() ? a.peer : linkBaseName(a)), QStringLiteral("peer")), &m_ids);
                s.name = QStringLiteral("Peer %1 (not imported)").arg(a.peer);
                s.role = m_out.topology.sites.at(a.box).isHub() ? SiteRole::Gateway : SiteRole::Hub;
                s.publicAddress = a.peer;
                for (const TunnelFacts *tf : a.tunnels)
                    s.lans += tf->remoteTs;
                s.lans = PrefixList::normalized(s.lans);
                addSite(s);
            }
            link(a, nullptr, -1, ext);
            continue;
        }
        const Pending *b = nullptr;
        for (const int m : byEnds.value(key(j, a.box, a.l2tp))) {
            if (m != k && !done.contains(m)) {
                b = &m_pending.at(m);
                done.insert(m);
                break;
            }
        }
        // An L2TP server without a connection per gateway (RouterOS) answers every dial-in.
        if (!b && !a.tunnels.isEmpty() && !(a.l2tp && m_boxes.at(j).facts.lns))
            m_boxes[a.box].log.notRepresented(a.tunnels.constFirst()->place, u"connection " + a.tunnels.constFirst()->name,
                                              QStringLiteral("box %1 has no connection back to this one").arg(m_boxes.at(j).facts.label));
        link(a, b, j, m_siteId.at(j));
    }
}

void Builder::compareEnds(const Pending &a, const Pending &b, const QString &linkId)
{
    const TunnelFacts *ta = a.tunnels.value(0);
    const TunnelFacts *tb = b.tunnels.value(0);
    if (!ta || !tb)
        return;
    ImportLog &log = m_boxes[a.box].log;
    const auto there = [&](const SourcePlace &p) { return elsewhere(b.box, p); };
    if (ta->ike && tb->ike && *ta->ike != *tb->ike)
        log.contradiction(ta->place, there(tb->place), QStringLiteral("link %1: the ends use different IKE versions").arg(linkId));
    const QSet<QString> pa = proposalSet(ta->proposals);
    const QSet<QString> pb = proposalSet(tb->proposals);
    if (!pa.isEmpty() && !pb.isEmpty() && !pa.intersects(pb))
        log.contradiction(ta->proposalsPlace, there(tb->proposalsPlace),
                          QStringLiteral("link %1: the ends' IKE proposals have nothing in common").arg(linkId));
    if (a.l2tp)
        return;
    // A route-based end's local side is not negotiated: nothing to compare it with.
    if (!ta->routeBased && sides(a.tunnels, true) != sides(b.tunnels, false))
        log.contradiction(ta->localTsPlace, there(tb->remoteTsPlace),
                          QStringLiteral("link %1: this end's local subnets differ from what the peer expects").arg(linkId));
    if (!tb->routeBased && sides(a.tunnels, false) != sides(b.tunnels, true))
        log.contradiction(ta->remoteTsPlace, there(tb->localTsPlace),
                          QStringLiteral("link %1: this end's remote subnets differ from the peer's local ones").arg(linkId));
}

// The PSK from either end; both must agree. On an L2TP link the PPP login's
// password (found first) is the link's secret; a RouterOS hub's gateways
// authenticate IPsec with the server's PSK instead, so that one differs.
void Builder::linkSecret(const Pending &a, const Pending *b, const Link &l)
{
    const QString addrA = m_index.at(a.box).publicAddress();
    const PskFacts *ka = m_index.at(a.box).psk(addrA, BoxIndex::stripId(a.peer));
    const PskFacts *kb = b ? m_index.at(b->box).psk(m_index.at(b->box).publicAddress(), addrA) : nullptr;
    if (ka)
        m_used.insert(placeKey(a.box, ka->place));
    if (kb)
        m_used.insert(placeKey(b->box, kb->place));
    if (ka && kb && ka->secret != kb->secret)
        m_boxes[a.box].log.contradiction(ka->place, elsewhere(b->box, kb->place),
                                         QStringLiteral("link %1: the ends have different PSKs (values not shown)").arg(l.id));
    const PskFacts *k = ka ? ka : kb;
    if (k && m_out.secrets.psk.contains(l.secret)) {
        const Site *hub = site(l.from);
        const int box = ka ? a.box : b->box;
        if (m_out.secrets.psk.value(l.secret) != k->secret && !(hub && hub->platform == Platform::Mikrotik))
            m_boxes[box].log.notRepresented(k->place, QStringLiteral("PSK (not shown)"),
                                            QStringLiteral("the PPP password differs from the link's PSK: RouteStudio uses one secret for both"));
    } else if (k) {
        m_out.secrets.psk.insert(l.secret, k->secret);
    } else if (const TunnelFacts *ta = a.tunnels.value(0); ta && !m_out.secrets.psk.contains(l.secret)) {
        m_boxes[a.box].log.notRepresented(ta->place, u"connection " + ta->name,
                                          QStringLiteral("no PSK for link %1 in the imported files: `routestudio-cli secrets` makes one").arg(l.id));
    }
}

// An L2TP link's routes (ip-up case arms or RouterOS PPP secrets named after
// its PPP login, ipparam or name) and the gateway's PPP login (its secret is
// the link's), searched on both boxes (-1: not imported).
void Builder::l2tpRoutes(int hubBox, int gwBox, const LacFacts *lac, const QStringList &baseNames, const Link &l,
                         const QString &peerSite)
{
    QStringList names = lac ? QStringList{lac->pppName, lac->ipparam, lac->section} : QStringList{};
    names << baseNames;
    names.removeAll(QString());
    names.removeDuplicates();
    for (const int end : {hubBox, gwBox}) {
        if (end < 0)
            continue;
        BoxScan &scan = m_boxes[end];
        const int far = end == hubBox ? gwBox : hubBox;
        for (const QString &name : names) {
            for (const ScriptRoute *r : m_index.at(end).routesFor(name)) {
                const auto dest = Ipv4Prefix::parse(r->destination);
                if (!dest || m_used.contains(placeKey(end, r->place) + r->destination))
                    continue;
                if (far >= 0)
                    m_offered[far].append(dest->network());
                else
                    m_externalLans[peerSite].append(dest->network()); // a gateway no box owns: its LANs
                m_used.insert(placeKey(end, r->place) + r->destination);
                scan.log.mapped(r->place, QStringLiteral("ip route %1 %2").arg(r->verb, r->destination),
                                QStringLiteral("a route over L2TP link %1").arg(l.id));
            }
            for (const ChapSecret *c : m_index.at(end).chapFor(name)) {
                if (m_used.contains(placeKey(end, c->place)))
                    continue;
                m_used.insert(placeKey(end, c->place));
                scan.log.mapped(c->place, QStringLiteral("%1 %2 (password not shown)").arg(c->client, c->server),
                                QStringLiteral("the PPP login of L2TP link %1 (its secret)").arg(l.id));
                if (!m_out.secrets.psk.contains(l.secret))
                    m_out.secrets.psk.insert(l.secret, c->secret);
                else if (m_out.secrets.psk.value(l.secret) != c->secret)
                    scan.log.notRepresented(c->place, c->client,
                                            QStringLiteral("the PPP password differs from the link's PSK: RouteStudio uses one secret for both"));
            }
        }
    }
}

void Builder::link(const Pending &a, const Pending *b, int peerBox, const QString &peerSite)
{
    const QString siteA = m_siteId.at(a.box);
    const Site *sb = site(peerSite);
    const bool aIsHub = m_out.topology.sites.at(a.box).isHub();
    const Pending &named = (aIsHub || !b) ? a : *b; // the hub's name for the link
    Link l;
    l.id = unique(slug(linkBaseName(named), siteA + u'-' + peerSite), &m_linkIds);
    l.from = aIsHub || !(sb && sb->isHub()) ? siteA : peerSite;
    l.to = l.from == siteA ? peerSite : siteA;
    l.transport = a.l2tp ? Transport::L2tp : Transport::Ipsec;
    l.secret = l.id;
    const TunnelFacts *ta = a.tunnels.value(0);
    const TunnelFacts *tb = b ? b->tunnels.value(0) : nullptr;
    l.ike = ta && ta->ike ? *ta->ike : (tb && tb->ike ? *tb->ike : (a.l2tp ? IkeVersion::Ikev1 : IkeVersion::Ikev2));
    for (const Pending *end : {&a, b}) {
        if (!end)
            continue;
        const QString self = m_siteId.at(end->box);
        const QString other = end == &a ? peerSite : siteA;
        for (const TunnelFacts *t : end->tunnels)
            m_boxes[end->box].log.mapped(t->place, u"connection " + t->name,
                                         QStringLiteral("link %1 (%2 to %3)").arg(l.id, self, other));
    }
    if (b)
        compareEnds(a, *b, l.id);
    if (a.l2tp) {
        const Pending *gw = aIsHub ? b : &a;
        QStringList bases{linkBaseName(a)};
        if (b)
            bases << linkBaseName(*b);
        l2tpRoutes(aIsHub ? a.box : peerBox, aIsHub ? peerBox : a.box, gw ? gw->lac : nullptr, bases, l, peerSite);
    }
    linkSecret(a, b, l);
    m_out.topology.links.append(l);
}

QList<Ipv4Prefix> Builder::lans(int i) const
{
    const BoxFacts &f = m_boxes.at(i).facts;
    QList<Ipv4Prefix> offered = m_offered.value(i);
    QList<Ipv4Prefix> onward;
    for (const TunnelFacts &t : f.tunnels) {
        if (t.remoteAccess() || t.transportMode)
            continue;
        offered += t.localTs;
        onward += t.remoteTs;
    }
    for (const ScriptRoute &r : f.routes) {
        if (const auto p = Ipv4Prefix::parse(r.destination))
            onward.append(p->network());
    }
    if (f.lns && f.lns->pool)
        onward.append(*f.lns->pool);
    const QList<Ipv4Prefix> transit = PrefixList::normalized(onward);
    QList<Ipv4Prefix> out;
    for (const Ipv4Prefix &p : PrefixList::normalized(offered)) {
        if (std::none_of(transit.cbegin(), transit.cend(), [&](const Ipv4Prefix &o) { return o.contains(p); }))
            out.append(p);
    }
    return out;
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
        if (m_used.contains(placeKey(i, p.place)))
            continue;
        m_used.insert(placeKey(i, p.place));
        if (!key)
            key = &p;
        else
            scan.log.notRepresented(p.place, QStringLiteral("PSK %1 (not shown)").arg(p.name),
                                    QStringLiteral("a second remote-access PSK: RouteStudio has one per profile, the import makes one profile"));
    }
    profile.secret = key && !key->name.isEmpty() ? key->name : site.id + QStringLiteral("-l2tp");
    profile.id = unique(slug(key ? key->name : QString(), QStringLiteral("remote-access")), &m_profileIds);
    if (key)
        m_out.secrets.psk.insert(profile.secret, key->secret);
    for (const ChapSecret &c : f.chap) {
        if (m_used.contains(placeKey(i, c.place)))
            continue;
        m_used.insert(placeKey(i, c.place)); // noted here, one way or the other
        const QString st = QStringLiteral("%1 %2 (password not shown)").arg(c.client, c.server);
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

// What no link or profile took: listed with why.
void Builder::leftovers(int i)
{
    BoxScan &scan = m_boxes[i];
    for (const ScriptRoute &r : scan.facts.routes) {
        if (!m_used.contains(placeKey(i, r.place) + r.destination))
            scan.log.notRepresented(r.place, QStringLiteral("ip route %1 %2").arg(r.verb, r.destination),
                                    QStringLiteral("not tied to an L2TP link of the import (RouteStudio derives routes itself)"));
    }
    for (const ChapSecret &c : scan.facts.chap) {
        if (!m_used.contains(placeKey(i, c.place)))
            scan.log.notRepresented(c.place, QStringLiteral("%1 %2 (password not shown)").arg(c.client, c.server),
                                    QStringLiteral("this box serves no L2TP remote access"));
    }
    for (const TunnelFacts &tf : scan.facts.tunnels) {
        if (tf.remoteAccess() && !scan.facts.lns)
            scan.log.notRepresented(tf.place, u"connection " + tf.name,
                                    QStringLiteral("remote access without an L2TP server (xl2tpd [lns]) in the import"));
    }
    for (const PskFacts &p : scan.facts.psks) {
        if (!m_used.contains(placeKey(i, p.place)))
            scan.log.notRepresented(p.place, QStringLiteral("PSK %1 (not shown)").arg(p.ids.join(u' ')),
                                    QStringLiteral("no imported link or profile uses it"));
    }
}

ImportedTopology Builder::run()
{
    Topology &t = m_out.topology;
    QStringList labels;
    for (int i = 0; i < m_boxes.size(); ++i) {
        const BoxFacts &f = m_boxes.at(i).facts;
        labels << f.label;
        m_index.append(BoxIndex(f));
        m_siteId << unique(slug(f.label, QStringLiteral("box")), &m_ids);
        if (!m_index.last().publicAddress().isEmpty() && !m_owner.contains(m_index.last().publicAddress()))
            m_owner.insert(m_index.last().publicAddress(), i);
    }
    inferAddresses();
    for (int i = 0; i < m_boxes.size(); ++i)
        collect(i);
    // What each box's peers route to it over IPsec: one pass over every connection.
    for (int j = 0; j < m_boxes.size(); ++j) {
        for (const TunnelFacts &tf : m_boxes.at(j).facts.tunnels) {
            const int o = owner(tf.remoteAddress.isEmpty() ? tf.remoteId : tf.remoteAddress);
            if (!tf.transportMode && o >= 0 && o != j)
                m_offered[o] += tf.remoteTs;
        }
    }
    pair();
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
        leftovers(i);
        const auto mtu = m_boxes.at(i).facts.pppMtu;
        if (mtu && *mtu != MtuCalculator::pppMtu(Topology{}))
            t.mtu = mtu;
    }
    int hubs = 0;
    int gateways = 0;
    for (const Site &s : t.sites)
        t.layout.insert(s.id, s.isHub() ? QPointF(240.0 * hubs++, 0) : QPointF(200.0 * gateways++, 220));
    t.name = QStringLiteral("Imported from %1").arg(labels.join(QStringLiteral(", ")));
    return m_out;
}

} // namespace

ImportedTopology ImportedTopology::build(QList<BoxScan> &boxes)
{
    return Builder(boxes).run();
}
