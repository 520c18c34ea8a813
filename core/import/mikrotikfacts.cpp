#include "core/import/mikrotikfacts.h"

#include "core/import/addressrange.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace {

bool isSecretKey(const QString &key)
{
    return key.contains(QLatin1String("secret")) || key.contains(QLatin1String("password"))
           || key.contains(QLatin1String("passphrase")) || key == u"private-key";
}

QString statement(const RouterOsCommand &c, const RouterOsParam &p)
{
    return QStringLiteral("/%1 %2 %3=%4").arg(c.menu, c.verb, p.key,
                                              isSecretKey(p.key) ? QStringLiteral("(not shown)") : p.value);
}

// RouteStudio's own objects are "rs-" + an id; the id names the link.
QString objectName(const QString &name)
{
    return name.startsWith(QLatin1String("rs-")) ? name.mid(3) : name;
}

bool isPrivate(const Ipv4Address &a)
{
    static const QList<Ipv4Prefix> ranges = [] {
        QList<Ipv4Prefix> out;
        for (const char *p : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10",
                              "127.0.0.0/8", "169.254.0.0/16"})
            out << *Ipv4Prefix::parse(QString::fromLatin1(p));
        return out;
    }();
    return std::any_of(ranges.cbegin(), ranges.cend(), [&](const Ipv4Prefix &r) { return r.contains(a); });
}

// "fqdn:vpn.example.net", "address:192.0.2.1", "user-fqdn:a@b", "key-id:x" -> the id.
QString identityValue(const QString &v)
{
    const qsizetype colon = v.indexOf(u':');
    return colon < 0 ? (v == u"auto" ? QString() : v) : v.mid(colon + 1);
}

QString hostAddress(const QString &v)
{
    if (v.endsWith(QLatin1String("/32")))
        return v.chopped(3);
    return v;
}

class Reader
{
public:
    Reader(BoxFacts *box, ImportLog &log) : m_box(box), m_log(log) {}

    void read(const QList<RouterOsCommand> &commands)
    {
        m_box->platform = Platform::Mikrotik;
        for (const RouterOsCommand &c : commands)
            collect(c);
        for (const RouterOsCommand &c : commands)
            interpret(c);
        finish();
    }

private:
    void mapped(const RouterOsCommand &c, const RouterOsParam &p, const QString &to)
    {
        if (isSecretKey(p.key))
            m_box->secretTexts << p.value;
        m_log.mapped(p.place, statement(c, p), to);
    }
    void skipped(const RouterOsCommand &c, const RouterOsParam &p, const QString &why)
    {
        if (isSecretKey(p.key))
            m_box->secretTexts << p.value;
        m_log.notRepresented(p.place, statement(c, p), why);
    }
    void skipCommand(const RouterOsCommand &c, const QString &why)
    {
        if (c.params.isEmpty()) {
            m_log.notRepresented(c.place, QStringLiteral("/%1 %2 %3").arg(c.menu, c.verb, c.unnamed.join(u' ')).trimmed(), why);
            return;
        }
        for (const RouterOsParam &p : c.params)
            skipped(c, p, why);
    }
    // Logs every parameter: those in `known` as mapped (their text), the rest with `why`.
    void logParams(const RouterOsCommand &c, const QHash<QString, QString> &known, const QString &why)
    {
        for (const RouterOsParam &p : c.params) {
            if (p.expression)
                skipped(c, p, QStringLiteral("computed on the router (a [..] expression or $variable)"));
            else if (known.contains(p.key))
                mapped(c, p, known.value(p.key));
            else
                skipped(c, p, why);
        }
    }

    // First pass: the named objects others refer to.
    void collect(const RouterOsCommand &c)
    {
        if (c.script || (c.verb != u"add" && c.verb != u"set"))
            return;
        if (c.menu == u"ip pool")
            m_pools.insert(c.value(QStringLiteral("name")), &c);
        else if (c.menu == u"ppp profile")
            m_profiles.insert(c.verb == u"set" ? setTarget(c) : c.value(QStringLiteral("name")), &c);
        else if (c.menu == u"interface l2tp-client")
            m_clients.insert(c.value(QStringLiteral("name")), &c);
        else if (c.menu == u"ip ipsec peer")
            m_peers.insert(c.value(QStringLiteral("name")), &c);
    }

    // The object a `set` changes: "[ find name=x ]", "[ find default=yes ]", a name or "*N".
    static QString setTarget(const RouterOsCommand &c)
    {
        const QString t = c.unnamed.value(0);
        if (t == u"*0" || t.contains(QLatin1String("default=yes")))
            return QStringLiteral("default");
        if (t == u"*FFFFFFFE")
            return QStringLiteral("default-encryption");
        const qsizetype n = t.indexOf(QLatin1String("name="));
        if (n >= 0)
            return t.mid(n + 5).section(u' ', 0, 0).remove(u']').remove(u'"');
        return t;
    }

    void interpret(const RouterOsCommand &c)
    {
        if (c.script) {
            m_log.notRepresented(c.place, c.scriptText + QStringLiteral(" ..."),
                                 QStringLiteral("a script command: the import reads configuration (add and set), it runs no scripts"));
            return;
        }
        if (c.verb != u"add" && c.verb != u"set") {
            skipCommand(c, c.verb == u"remove" ? QStringLiteral("removes objects (RouteStudio's own scripts clear what an earlier run added)")
                                               : QStringLiteral("not a configuration command (the import reads add and set)"));
            return;
        }
        const QString &m = c.menu;
        if (m == u"ip address")
            address(c);
        else if (m == u"ip route")
            route(c);
        else if (m == u"ip pool")
            logParams(c, {{QStringLiteral("name"), QStringLiteral("a pool a PPP profile may use")},
                          {QStringLiteral("ranges"), QStringLiteral("the remote-access pool when the L2TP server's profile uses it")}},
                      QStringLiteral("not modeled by RouteStudio"));
        else if (m == u"ppp profile")
            logParams(c, {{QStringLiteral("name"), QStringLiteral("a PPP profile")},
                          {QStringLiteral("local-address"), QStringLiteral("the hub's own PPP address when the L2TP server uses this profile")},
                          {QStringLiteral("remote-address"), QStringLiteral("the pool of the L2TP server's clients")},
                          {QStringLiteral("dns-server"), QStringLiteral("the DNS servers of remote access")},
                          {QStringLiteral("change-tcp-mss"), QStringLiteral("RouteStudio clamps the MSS itself")}},
                      QStringLiteral("RouteStudio sets its own PPP options"));
        else if (m == u"ppp secret")
            pppSecret(c);
        else if (m == u"interface l2tp-server server")
            server(c);
        else if (m == u"interface l2tp-client")
            client(c);
        else if (m == u"ip ipsec peer")
            logParams(c, {{QStringLiteral("name"), QStringLiteral("the connection's name (the link's id)")},
                          {QStringLiteral("address"), QStringLiteral("the peer's public address")},
                          {QStringLiteral("local-address"), QStringLiteral("this site's public address")},
                          {QStringLiteral("exchange-mode"), QStringLiteral("the link's IKE version (ike2: IKEv2, otherwise IKEv1)")},
                          {QStringLiteral("passive"), QStringLiteral("whether this end initiates (its role)")}},
                      QStringLiteral("not modeled by RouteStudio (it writes its own IKE profile)"));
        else if (m == u"ip ipsec identity")
            identity(c);
        else if (m == u"ip ipsec policy")
            policy(c);
        else if (m == u"ip ipsec proposal" || m == u"ip ipsec profile")
            skipCommand(c, QStringLiteral("an algorithm choice: RouteStudio writes its own proposals"));
        else if (m.startsWith(QLatin1String("ip firewall")))
            skipCommand(c, QStringLiteral("a firewall rule: RouteStudio writes its own (NAT bypass, MSS clamping)"));
        else
            skipCommand(c, QStringLiteral("not modeled by RouteStudio"));
    }

    void address(const RouterOsCommand &c)
    {
        const auto a = Ipv4Address::parse(c.value(QStringLiteral("address")).section(u'/', 0, 0));
        for (const RouterOsParam &prm : c.params) {
            if (prm.key == u"address" && a && !isPrivate(*a)) {
                m_box->ownAddresses << a->toString();
                mapped(c, prm, QStringLiteral("a public address of the site (the one its peers use)"));
            } else {
                skipped(c, prm, QStringLiteral("an interface address: a site's LANs come from its IPsec policies and what its peers route to it"));
            }
        }
    }

    void route(const RouterOsCommand &c)
    {
        const QString gateway = c.value(QStringLiteral("gateway"));
        const RouterOsCommand *client = m_clients.value(gateway);
        if (!client || c.verb != u"add") {
            skipCommand(c, QStringLiteral("not a route into an L2TP client of this box (RouteStudio derives tunnel routes itself)"));
            return;
        }
        ScriptRoute r;
        r.verb = QStringLiteral("add");
        r.destination = c.value(QStringLiteral("dst-address"));
        r.dev = gateway;
        r.pattern = objectName(gateway);
        r.place = c.param(QStringLiteral("dst-address")) ? c.param(QStringLiteral("dst-address"))->place : c.place;
        m_box->routes.append(r);
        for (const RouterOsParam &p : c.params) {
            if (p.key != u"dst-address" && p.key != u"gateway")
                skipped(c, p, QStringLiteral("RouteStudio writes its own routes"));
            else if (p.key == u"gateway")
                mapped(c, p, QStringLiteral("the L2TP link the route goes over"));
        }
    }

    void pppSecret(const RouterOsCommand &c)
    {
        const QString service = c.value(QStringLiteral("service"), QStringLiteral("any"));
        if (service != u"l2tp" && service != u"any") {
            skipCommand(c, QStringLiteral("a login for another PPP service (%1), not L2TP").arg(service));
            return;
        }
        ChapSecret s;
        s.client = c.value(QStringLiteral("name"));
        s.server = QStringLiteral("*");
        s.serverWildcard = true;
        s.secret = c.value(QStringLiteral("password"));
        s.place = c.place;
        for (const RouterOsParam &p : c.params) {
            if (p.expression) {
                skipped(c, p, QStringLiteral("computed on the router (a [..] expression or $variable)"));
            } else if (p.key == u"name" || p.key == u"password") {
                mapped(c, p, QStringLiteral("an L2TP login (a user, or a gateway dialling in)"));
            } else if (p.key == u"service" || p.key == u"profile") {
                mapped(c, p, QStringLiteral("a login of the L2TP server"));
            } else if (p.key == u"routes") {
                // "dst [gateway] [metric]" entries, comma separated.
                for (const QString &entry : p.value.split(u',', Qt::SkipEmptyParts)) {
                    ScriptRoute r;
                    r.verb = QStringLiteral("add");
                    r.destination = entry.trimmed().section(u' ', 0, 0);
                    r.pattern = s.client;
                    r.place = p.place;
                    m_box->routes.append(r);
                }
            } else {
                skipped(c, p, QStringLiteral("RouteStudio sets its own per-login options"));
            }
        }
        if (!s.client.isEmpty())
            m_box->chap.append(s);
    }

    void server(const RouterOsCommand &c)
    {
        m_server = &c;
        logParams(c, {{QStringLiteral("enabled"), QStringLiteral("the L2TP server (remote access) when yes")},
                      {QStringLiteral("use-ipsec"), QStringLiteral("L2TP under IPsec")},
                      {QStringLiteral("ipsec-secret"), QStringLiteral("the remote-access PSK")},
                      {QStringLiteral("default-profile"), QStringLiteral("the PPP profile: pool, local address and DNS")},
                      {QStringLiteral("max-mtu"), QStringLiteral("the PPP MTU (the topology's MTU when not the default)")}},
                  QStringLiteral("RouteStudio sets its own L2TP server settings"));
    }

    void client(const RouterOsCommand &c)
    {
        LacFacts lac;
        lac.section = objectName(c.value(QStringLiteral("name")));
        lac.lns = c.value(QStringLiteral("connect-to"));
        lac.pppName = c.value(QStringLiteral("user"));
        lac.place = c.place;
        if (c.value(QStringLiteral("disabled")) == u"yes") {
            skipCommand(c, QStringLiteral("a disabled L2TP client"));
            return;
        }
        logParams(c, {{QStringLiteral("name"), QStringLiteral("the L2TP link's name (its id)")},
                      {QStringLiteral("connect-to"), QStringLiteral("the hub this site dials")},
                      {QStringLiteral("user"), QStringLiteral("the PPP login of the L2TP link")},
                      {QStringLiteral("password"), QStringLiteral("the L2TP link's secret")},
                      {QStringLiteral("use-ipsec"), QStringLiteral("L2TP under IPsec")},
                      {QStringLiteral("ipsec-secret"), QStringLiteral("the hub's PSK for L2TP (RouteStudio takes it from the hub)")},
                      {QStringLiteral("disabled"), QStringLiteral("the link is in use")}},
                  QStringLiteral("RouteStudio sets its own L2TP client settings"));
        m_box->lacs.append(lac);
        if (!lac.pppName.isEmpty()) {
            ChapSecret s;
            s.client = lac.pppName;
            s.server = QStringLiteral("*");
            s.serverWildcard = true;
            s.secret = c.value(QStringLiteral("password"));
            s.place = c.place;
            m_box->chap.append(s);
        }
    }

    void identity(const RouterOsCommand &c)
    {
        const QString method = c.value(QStringLiteral("auth-method"), QStringLiteral("pre-shared-key"));
        if (method != u"pre-shared-key") {
            skipCommand(c, QStringLiteral("authentication by %1: RouteStudio models pre-shared keys only").arg(method));
            return;
        }
        m_identities[c.value(QStringLiteral("peer"))] = &c;
        logParams(c, {{QStringLiteral("peer"), QStringLiteral("the connection it authenticates")},
                      {QStringLiteral("auth-method"), QStringLiteral("PSK authentication")},
                      {QStringLiteral("secret"), QStringLiteral("the link's PSK")},
                      {QStringLiteral("my-id"), QStringLiteral("this site's IKE id")},
                      {QStringLiteral("remote-id"), QStringLiteral("the peer's IKE id")},
                      {QStringLiteral("match-by"), QStringLiteral("how the peer is recognised")}},
                  QStringLiteral("not modeled by RouteStudio"));
    }

    void policy(const RouterOsCommand &c)
    {
        if (c.verb != u"add" || c.value(QStringLiteral("tunnel")) != u"yes"
            || c.value(QStringLiteral("action"), QStringLiteral("encrypt")) != u"encrypt") {
            skipCommand(c, QStringLiteral("not a tunnel policy that encrypts (templates, transport policies and bypasses are RouteStudio's own)"));
            return;
        }
        m_policies.append(&c);
        logParams(c, {{QStringLiteral("peer"), QStringLiteral("the connection the policy belongs to")},
                      {QStringLiteral("sa-dst-address"), QStringLiteral("the peer the policy belongs to")},
                      {QStringLiteral("src-address"), QStringLiteral("a local subnet of the connection (a LAN of this site)")},
                      {QStringLiteral("dst-address"), QStringLiteral("a remote subnet of the connection (a LAN behind the peer)")},
                      {QStringLiteral("tunnel"), QStringLiteral("tunnel mode")},
                      {QStringLiteral("action"), QStringLiteral("encrypts")}},
                  QStringLiteral("RouteStudio writes its own policy options"));
    }

    // Second part: connections, remote access.
    void finish()
    {
        QHash<QString, TunnelFacts *> byName;
        for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it) {
            const RouterOsCommand &c = *it.value();
            TunnelFacts t;
            t.name = objectName(it.key());
            t.place = c.place;
            const QString address = c.value(QStringLiteral("address"));
            t.remoteAddress = address.endsWith(QLatin1String("/32")) || !address.contains(u'/') ? hostAddress(address) : QStringLiteral("%any");
            t.localAddress = c.value(QStringLiteral("local-address"));
            t.ike = c.value(QStringLiteral("exchange-mode"), QStringLiteral("main")) == u"ike2" ? IkeVersion::Ikev2 : IkeVersion::Ikev1;
            t.initiates = c.value(QStringLiteral("passive"), QStringLiteral("no")) != u"yes";
            if (!t.localAddress.isEmpty())
                m_box->ownAddresses << t.localAddress;
            if (const RouterOsCommand *id = m_identities.value(it.key())) {
                t.localId = identityValue(id->value(QStringLiteral("my-id")));
                t.remoteId = identityValue(id->value(QStringLiteral("remote-id")));
                if (!t.localId.isEmpty())
                    m_box->ownAddresses << t.localId;
                PskFacts psk;
                psk.ids = {t.remoteAddress == u"%any" ? t.remoteId : t.remoteAddress};
                psk.secret = id->value(QStringLiteral("secret"));
                const RouterOsParam *s = id->param(QStringLiteral("secret"));
                psk.place = s ? s->place : id->place;
                if (!psk.secret.isEmpty())
                    m_box->psks.append(psk);
            }
            m_box->tunnels.append(t);
        }
        for (TunnelFacts &t : m_box->tunnels)
            byName.insert(t.name, &t);
        for (const RouterOsCommand *p : m_policies) {
            QString peer = objectName(p->value(QStringLiteral("peer")));
            if (peer.isEmpty()) { // RouterOS 6: the policy names the peer by its address
                const QString sa = p->value(QStringLiteral("sa-dst-address"));
                for (const TunnelFacts &t : m_box->tunnels) {
                    if (t.remoteAddress == sa)
                        peer = t.name;
                }
            }
            TunnelFacts *t = byName.value(peer);
            const auto src = Ipv4Prefix::parse(p->value(QStringLiteral("src-address")));
            const auto dst = Ipv4Prefix::parse(p->value(QStringLiteral("dst-address")));
            if (!t || !src || !dst) {
                m_log.notRepresented(p->place, QStringLiteral("/ip ipsec policy add"),
                                     !t ? QStringLiteral("no IPsec peer of this export has it") : QStringLiteral("src-address and dst-address must be IPv4 prefixes"));
                continue;
            }
            if (!t->localTs.contains(src->network()))
                t->localTs.append(src->network());
            if (!t->remoteTs.contains(dst->network()))
                t->remoteTs.append(dst->network());
            t->localTsPlace = t->remoteTsPlace = p->place;
        }
        for (const TunnelFacts &t : m_box->tunnels) {
            if (t.localTs.isEmpty())
                m_log.notRepresented(t.place, u"/ip ipsec peer " + t.name,
                                     QStringLiteral("no tunnel policy uses this peer: nothing is routed over it"));
        }
        remoteAccess();
    }

    void remoteAccess()
    {
        if (!m_server)
            return;
        const RouterOsCommand &c = *m_server;
        if (c.value(QStringLiteral("enabled")) != u"yes") {
            m_log.notRepresented(c.place, QStringLiteral("/interface l2tp-server server"), QStringLiteral("the L2TP server is not enabled"));
            return;
        }
        LnsFacts l;
        l.place = c.place;
        const QString profileName = c.value(QStringLiteral("default-profile"), QStringLiteral("default-encryption"));
        const RouterOsCommand *profile = m_profiles.value(profileName);
        if (profile) {
            l.localAddress = Ipv4Address::parse(profile->value(QStringLiteral("local-address")));
            for (const QString &d : profile->value(QStringLiteral("dns-server")).split(u',', Qt::SkipEmptyParts)) {
                if (const auto a = Ipv4Address::parse(d.trimmed()))
                    l.dns.append(*a);
            }
            const QString remote = profile->value(QStringLiteral("remote-address"));
            const RouterOsCommand *pool = m_pools.value(remote);
            const QString ranges = pool ? pool->value(QStringLiteral("ranges")) : remote;
            AddressSpan span;
            bool ok = !ranges.isEmpty();
            for (const QString &part : ranges.split(u',', Qt::SkipEmptyParts)) {
                const auto r = AddressRange::parse(part, true);
                ok = ok && r;
                if (r)
                    span.add(*r);
            }
            if (ok && !span.isEmpty() && l.localAddress)
                span.add(*l.localAddress);
            if (ok)
                l.pool = span.covering();
        }
        m_box->lns = l;
        const QString psk = c.value(QStringLiteral("ipsec-secret"));
        if (!psk.isEmpty() && c.value(QStringLiteral("use-ipsec"), QStringLiteral("no")) != u"no") {
            PskFacts k;
            k.secret = psk;
            const RouterOsParam *p = c.param(QStringLiteral("ipsec-secret"));
            k.place = p ? p->place : c.place;
            m_box->psks.append(k);
        }
        const QString mtu = c.value(QStringLiteral("max-mtu"));
        bool numeric = false;
        const int value = mtu.toInt(&numeric);
        if (numeric)
            m_box->pppMtu = value;
    }

    BoxFacts *m_box;
    ImportLog &m_log;
    QMap<QString, const RouterOsCommand *> m_pools;
    QMap<QString, const RouterOsCommand *> m_profiles;
    QMap<QString, const RouterOsCommand *> m_clients;
    QMap<QString, const RouterOsCommand *> m_peers;
    QHash<QString, const RouterOsCommand *> m_identities;
    QList<const RouterOsCommand *> m_policies;
    const RouterOsCommand *m_server = nullptr;
};

} // namespace

namespace MikrotikFacts {

void read(const QList<RouterOsCommand> &commands, BoxFacts *box, ImportLog &log)
{
    Reader(box, log).read(commands);
}

} // namespace MikrotikFacts
