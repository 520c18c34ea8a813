#include "core/import/pfsensefacts.h"

#include "core/import/addressrange.h"
#include "core/import/iosaddress.h"

#include <QHash>
#include <algorithm>
#include <QSet>

namespace {

bool isSecret(const QString &name)
{
    return name == u"pre-shared-key" || name == u"password" || name == u"secret";
}

class Reader
{
public:
    Reader(const XmlNode &root, BoxFacts *box, ImportLog &log) : m_root(root), m_box(box), m_log(log) {}

    void run()
    {
        m_box->platform = Platform::Pfsense;
        interfaces();
        ipsec();
        vtiRoutes();
        l2tp();
        why(m_root.child(QStringLiteral("staticroutes")), QStringLiteral("a static route: RouteStudio derives routes itself"));
        why(m_root.child(QStringLiteral("gateways")), QStringLiteral("a gateway of the box: RouteStudio does not model gateways"));
        why(m_root.child(QStringLiteral("interfaces")), QStringLiteral("an interface setting RouteStudio does not model"));
        for (const XmlNode &section : m_root.children) {
            static const QSet<QString> read{QStringLiteral("interfaces"), QStringLiteral("ipsec"), QStringLiteral("l2tp"),
                                            QStringLiteral("staticroutes"), QStringLiteral("gateways")};
            if (read.contains(section.name))
                note(section, QStringLiteral("not a setting RouteStudio models"));
            else
                m_log.notRepresented(section.place, u'<' + section.name + u'>', QStringLiteral("not a VPN setting RouteStudio models"));
        }
    }

private:
    void mapped(const XmlNode *n, const QString &to) { m_mapped.insert(n, to); }
    void why(const XmlNode *n, const QString &text)
    {
        if (n)
            m_why.insert(n, text);
    }

    // Logs every leaf under `n` (mapped, or not represented with why).
    void note(const XmlNode &n, const QString &inherited)
    {
        const QString why = m_why.value(&n, inherited);
        if (n.children.isEmpty()) {
            if (m_skip.contains(&n))
                return; // the topology builder notes it (a PPP login)
            const QString st = QStringLiteral("<%1>%2").arg(n.name, isSecret(n.name) ? QStringLiteral("(not shown)") : n.text);
            if (isSecret(n.name) && !n.text.isEmpty())
                m_box->secretTexts << n.text;
            if (m_mapped.contains(&n))
                m_log.mapped(n.place, st, m_mapped.value(&n));
            else
                m_log.notRepresented(n.place, st, why);
            return;
        }
        for (const XmlNode &c : n.children)
            note(c, why);
    }

    void interfaces();
    void ipsec();
    void phase1(const XmlNode &p1, const QList<const XmlNode *> &phase2s);
    std::optional<Ipv4Prefix> network(const XmlNode *id);
    void vtiRoutes();
    void l2tp();

    const XmlNode &m_root;
    BoxFacts *m_box;
    ImportLog &m_log;
    QHash<const XmlNode *, QString> m_mapped;
    QHash<const XmlNode *, QString> m_why;
    QSet<const XmlNode *> m_skip;
    QHash<QString, Ipv4Prefix> m_subnets; // interface name -> its network (for localid type "lan")
    QHash<QString, int> m_vtis; // a VTI phase 2's remote tunnel address -> its tunnel in m_box->tunnels
};

void Reader::interfaces()
{
    const XmlNode *ifs = m_root.child(QStringLiteral("interfaces"));
    if (!ifs)
        return;
    for (const XmlNode &i : ifs->children) {
        const XmlNode *addr = i.child(QStringLiteral("ipaddr"));
        const auto a = addr ? Ipv4Address::parse(addr->text) : std::nullopt;
        if (!a)
            continue;
        if (IosAddress::isPublic(addr->text)) {
            m_box->ownAddresses << addr->text;
            mapped(addr, QStringLiteral("a public address of the site (the one its peers use)"));
        } else if (const auto p = Ipv4Prefix::parse(QString(addr->text + u'/' + i.value(QStringLiteral("subnet"))))) {
            m_subnets.insert(i.name, p->network());
            mapped(addr, QStringLiteral("the network of interface %1 (phase 2 entries may name it)").arg(i.name));
        }
    }
}

void Reader::ipsec()
{
    const XmlNode *ipsec = m_root.child(QStringLiteral("ipsec"));
    if (!ipsec)
        return;
    QHash<QString, QList<const XmlNode *>> byIke;
    for (const XmlNode *p2 : ipsec->all(QStringLiteral("phase2")))
        byIke[p2->value(QStringLiteral("ikeid"))].append(p2);
    for (const XmlNode *p1 : ipsec->all(QStringLiteral("phase1")))
        phase1(*p1, byIke.value(p1->value(QStringLiteral("ikeid"))));
    for (const XmlNode *k : ipsec->all(QStringLiteral("mobilekey"))) {
        const XmlNode *secret = k->child(QStringLiteral("pre-shared-key"));
        const QString ident = k->value(QStringLiteral("ident"));
        if (!secret || k->value(QStringLiteral("type")) != u"PSK")
            continue;
        PskFacts psk;
        if (ident != u"any" && !ident.isEmpty())
            psk.ids << ident;
        psk.secret = secret->text;
        psk.place = secret->place;
        m_box->psks.append(psk);
        mapped(secret, QStringLiteral("a PSK for %1").arg(ident));
        if (const XmlNode *i = k->child(QStringLiteral("ident")))
            mapped(i, QStringLiteral("which peer the PSK is for (any: remote access)"));
        mapped(k->child(QStringLiteral("type")), QStringLiteral("a pre-shared key"));
    }
}

// <localid>/<remoteid>: type network (address, netbits), address, or an interface's network.
std::optional<Ipv4Prefix> Reader::network(const XmlNode *id)
{
    if (!id)
        return std::nullopt;
    const QString type = id->value(QStringLiteral("type"));
    const QString address = id->value(QStringLiteral("address"));
    std::optional<Ipv4Prefix> p;
    if (type == u"network")
        p = Ipv4Prefix::parse(QString(address + u'/' + id->value(QStringLiteral("netbits"))));
    else if (type == u"address")
        p = Ipv4Prefix::parse(QString(address + QStringLiteral("/32")));
    else if (m_subnets.contains(type))
        p = m_subnets.value(type);
    for (const XmlNode &c : id->children) {
        if (p)
            mapped(&c, QStringLiteral("a subnet of the connection: %1").arg(p->network().toString()));
        else
            why(&c, QStringLiteral("not a network, an address or an interface's network"));
    }
    return p ? std::optional<Ipv4Prefix>(p->network()) : std::nullopt;
}

void Reader::phase1(const XmlNode &p1, const QList<const XmlNode *> &phase2s)
{
    if (p1.child(QStringLiteral("disabled"))) {
        why(&p1, QStringLiteral("a disabled phase 1"));
        for (const XmlNode *p2 : phase2s)
            why(p2, QStringLiteral("a phase 2 of a disabled phase 1"));
        return;
    }
    TunnelFacts t;
    t.name = p1.value(QStringLiteral("descr")).isEmpty() ? QStringLiteral("ike%1").arg(p1.value(QStringLiteral("ikeid")))
                                                          : p1.value(QStringLiteral("descr"));
    t.place = p1.place;
    const bool mobile = p1.child(QStringLiteral("mobile"));
    t.remoteAddress = mobile ? QStringLiteral("%any") : p1.value(QStringLiteral("remote-gateway"));
    const QString ike = p1.value(QStringLiteral("iketype"));
    if (ike == u"ikev1" || ike == u"ikev2")
        t.ike = ike == u"ikev2" ? IkeVersion::Ikev2 : IkeVersion::Ikev1;
    t.initiates = p1.value(QStringLiteral("startaction")) == u"start";
    if (p1.value(QStringLiteral("myid_type")) == u"address" || p1.value(QStringLiteral("myid_type")) == u"fqdn")
        t.localId = p1.value(QStringLiteral("myid_data"));
    if (p1.value(QStringLiteral("peerid_type")) == u"address" || p1.value(QStringLiteral("peerid_type")) == u"fqdn")
        t.remoteId = p1.value(QStringLiteral("peerid_data"));
    const struct { const char *name; const char *to; } known[] = {
        {"ikeid", "joins the phase 2 entries to this phase 1"},
        {"iketype", "the link's IKE version"},
        {"remote-gateway", "the peer's public address: the link's other end"},
        {"mobile", "mobile clients: remote access"},
        {"myid_type", "this end's identity"}, {"myid_data", "this end's identity"},
        {"peerid_type", "the peer's identity"}, {"peerid_data", "the peer's identity"},
        {"authentication_method", "how the ends authenticate (a PSK)"},
        {"descr", "the connection's name"},
        {"startaction", "which end initiates"},
    };
    for (const auto &k : known) {
        if (const XmlNode *c = p1.child(QLatin1String(k.name)))
            mapped(c, QLatin1String(k.to));
    }
    if (p1.value(QStringLiteral("authentication_method")) != u"pre_shared_key")
        why(p1.child(QStringLiteral("authentication_method")), QStringLiteral("certificates and EAP are not modeled (RouteStudio uses PSKs)"));
    why(&p1, QStringLiteral("an algorithm choice or setting RouteStudio writes itself"));
    if (const XmlNode *psk = p1.child(QStringLiteral("pre-shared-key")); psk && !mobile) {
        PskFacts k;
        k.ids << (t.remoteId.isEmpty() ? t.remoteAddress : t.remoteId);
        k.secret = psk->text;
        k.place = psk->place;
        m_box->psks.append(k);
        mapped(psk, QStringLiteral("the link's PSK"));
    }
    bool transport = !phase2s.isEmpty();
    for (const XmlNode *p2 : phase2s) {
        const QString mode = p2->value(QStringLiteral("mode"));
        transport = transport && mode == u"transport";
        why(p2, QStringLiteral("an algorithm choice or setting RouteStudio writes itself"));
        if (const XmlNode *m = p2->child(QStringLiteral("mode")))
            mapped(m, mode == u"transport" ? QStringLiteral("transport mode: L2TP/IPsec")
                      : mode == u"vti"     ? QStringLiteral("routed (VTI): a route-based IPsec link, the routes over it are the peer's side")
                                           : QStringLiteral("tunnel mode: an IPsec link"));
        if (const XmlNode *i = p2->child(QStringLiteral("ikeid")))
            mapped(i, QStringLiteral("the phase 1 this phase 2 belongs to"));
        if (mode == u"vti") {
            // The tunnel's own addresses (RouteStudio picks its own); static
            // routes through the gateway at the remote one are the peer's side.
            t.routeBased = true;
            const XmlNode *remote = p2->child(QStringLiteral("remoteid"));
            if (remote && remote->value(QStringLiteral("type")) == u"address")
                m_vtis.insert(remote->value(QStringLiteral("address")), int(m_box->tunnels.size()));
            for (const XmlNode *id : {p2->child(QStringLiteral("localid")), remote}) {
                for (const XmlNode &c : id ? id->children : QList<XmlNode>{})
                    mapped(&c, QStringLiteral("an address of the VTI itself (RouteStudio picks its own)"));
            }
            if (t.localTsPlace.line == 0)
                t.localTsPlace = t.remoteTsPlace = p2->place;
            continue;
        }
        if (mode != u"tunnel")
            continue;
        const auto local = network(p2->child(QStringLiteral("localid")));
        const auto remote = network(p2->child(QStringLiteral("remoteid")));
        if (local && remote) {
            if (t.localTs.isEmpty()) {
                t.localTsPlace = p2->place;
                t.remoteTsPlace = p2->place;
            }
            t.localTs << *local;
            t.remoteTs << *remote;
        }
    }
    t.transportMode = transport;
    t.l2tpSelectors = transport && mobile;
    m_box->tunnels.append(t);
}

// <staticroutes><route> through a <gateways><gateway_item> whose address is a
// VTI phase 2's remote address: the peer's side of that route-based link. A
// route-based link's own side is the box's private interface networks.
void Reader::vtiRoutes()
{
    if (m_vtis.isEmpty())
        return;
    QHash<QString, const XmlNode *> gateways; // name -> gateway_item
    if (const XmlNode *g = m_root.child(QStringLiteral("gateways"))) {
        for (const XmlNode *item : g->all(QStringLiteral("gateway_item")))
            gateways.insert(item->value(QStringLiteral("name")), item);
    }
    if (const XmlNode *routes = m_root.child(QStringLiteral("staticroutes"))) {
        for (const XmlNode *r : routes->all(QStringLiteral("route"))) {
            const XmlNode *gateway = gateways.value(r->value(QStringLiteral("gateway")));
            const int tunnel = gateway ? m_vtis.value(gateway->value(QStringLiteral("gateway")), -1) : -1;
            const auto network = Ipv4Prefix::parse(r->value(QStringLiteral("network")));
            if (tunnel < 0 || !network || r->child(QStringLiteral("disabled")))
                continue;
            TunnelFacts &t = m_box->tunnels[tunnel];
            t.remoteTs << network->network();
            mapped(r->child(QStringLiteral("network")), QStringLiteral("the peer's side of link %1: a route over its VTI").arg(t.name));
            mapped(r->child(QStringLiteral("gateway")), QStringLiteral("the VTI of link %1").arg(t.name));
            for (const char *k : {"name", "gateway", "interface"}) {
                if (const XmlNode *c = gateway->child(QLatin1String(k)))
                    mapped(c, QStringLiteral("the gateway at the far end of link %1's VTI").arg(t.name));
            }
        }
    }
    QList<Ipv4Prefix> lans;
    for (const Ipv4Prefix &p : std::as_const(m_subnets)) {
        if (!Ipv4Prefix(Ipv4Address(0xa9fe0000u), 16).contains(p)) // not a VTI's own link-local network
            lans << p;
    }
    std::sort(lans.begin(), lans.end(), [](const Ipv4Prefix &a, const Ipv4Prefix &b) { return a.first() < b.first(); });
    for (const int i : std::as_const(m_vtis))
        m_box->tunnels[i].localTs = lans;
}

void Reader::l2tp()
{
    const XmlNode *l = m_root.child(QStringLiteral("l2tp"));
    if (!l || l->value(QStringLiteral("mode")) != u"server")
        return;
    LnsFacts lns;
    lns.place = l->place;
    lns.localAddress = Ipv4Address::parse(l->value(QStringLiteral("localip")));
    const auto first = Ipv4Address::parse(l->value(QStringLiteral("remoteip")));
    bool ok = false;
    const int units = l->value(QStringLiteral("n_l2tp_units")).toInt(&ok);
    AddressSpan span;
    if (first && ok && units > 0)
        span.add({first->value(), first->value() + quint32(units) - 1});
    if (lns.localAddress)
        span.add(*lns.localAddress);
    lns.pool = span.covering();
    for (const char *d : {"dns1", "dns2"}) {
        if (const auto a = Ipv4Address::parse(l->value(QLatin1String(d))))
            lns.dns << *a;
    }
    m_box->lns = lns;
    const struct { const char *name; const char *to; } known[] = {
        {"mode", "an L2TP server"}, {"localip", "the server's PPP address"},
        {"remoteip", "the first address of the remote-access pool"},
        {"n_l2tp_units", "how many clients: the size of the pool"},
        {"dns1", "a DNS server remote-access clients get"}, {"dns2", "a DNS server remote-access clients get"},
    };
    for (const auto &k : known) {
        if (const XmlNode *c = l->child(QLatin1String(k.name)))
            mapped(c, QLatin1String(k.to));
    }
    if (l->value(QStringLiteral("paporchap")) != u"chap-msv2")
        why(l->child(QStringLiteral("paporchap")), QStringLiteral("RouteStudio always has clients authenticate with MS-CHAPv2"));
    why(l, QStringLiteral("RouteStudio sets its own L2TP server settings"));
    for (const XmlNode *u : l->all(QStringLiteral("user"))) {
        const XmlNode *pw = u->child(QStringLiteral("password"));
        if (!pw || u->value(QStringLiteral("name")).isEmpty())
            continue;
        ChapSecret c;
        c.client = u->value(QStringLiteral("name"));
        c.server = QStringLiteral("*");
        c.serverWildcard = true;
        c.secret = pw->text;
        c.place = pw->place;
        m_box->chap.append(c);
        mapped(u->child(QStringLiteral("name")), QStringLiteral("a PPP login of the L2TP server"));
        m_skip.insert(pw); // the topology builder notes the login
    }
}

} // namespace

namespace PfsenseFacts {

void read(const XmlNode &root, BoxFacts *box, ImportLog &log)
{
    Reader(root, box, log).run();
}

} // namespace PfsenseFacts
