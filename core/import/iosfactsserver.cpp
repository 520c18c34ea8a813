// IosFactsReader: the L2TP server (vpdn-group, its virtual template, pool,
// PPP address and DNS) as the box's LNS.
#include "core/import/iosfactsreader.h"

#include "core/import/addressrange.h"

using L = QStringList;

void IosFactsReader::server()
{
    const IosLine *group = m_o.vpdnGroup;
    if (!group)
        return;
    const QString vtName = QStringLiteral("Virtual-Template") + m_o.virtualTemplate;
    const auto vt = m_o.interfaces.constFind(vtName);
    if (m_o.virtualTemplate.isEmpty() || vt == m_o.interfaces.cend()) {
        m_log.error(group->place, QStringLiteral("the vpdn-group accepts no L2TP dial-in into an interface of the file (accept-dialin, protocol l2tp, virtual-template N)"));
        return;
    }
    LnsFacts lns;
    lns.place = group->place;
    lns.dns = vt->dns;
    const QString local = vt->address ? vt->address->toString() : m_o.addressOf(vt->unnumbered);
    lns.localAddress = Ipv4Address::parse(local);
    AddressSpan span;
    for (const IosLine *p : m_o.pools.value(vt->pool)) {
        const auto low = Ipv4Address::parse(p->word(4));
        const auto high = Ipv4Address::parse(p->words.size() > 5 ? p->word(5) : p->word(4));
        if (low && high && low->value() <= high->value()) {
            span.add({low->value(), high->value()});
            mapped(p, QStringLiteral("a range of the remote-access pool"));
        } else {
            m_log.error(p->place, QStringLiteral("not an address range: ip local pool NAME FIRST [LAST]"));
        }
    }
    if (lns.localAddress)
        span.add(*lns.localAddress);
    lns.pool = span.covering();
    m_box->lns = lns;
    if (vt->mtu)
        m_box->pppMtu = vt->mtu;

    mapped(group, QStringLiteral("the L2TP server (remote access)"));
    for (const IosLine &c : group->children) {
        if (!c.negated && c.startsWith(L{"accept-dialin"})) {
            mapped(&c, QStringLiteral("accepts L2TP dial-in"));
            rules(c, {{L{"protocol", "l2tp"}, true, QStringLiteral("L2TP")},
                      {L{"virtual-template"}, true, QStringLiteral("the clients' PPP settings: interface %1").arg(vtName)}});
        } else if (c.negated && c.words == L{"l2tp", "tunnel", "authentication"}) {
            mapped(&c, QStringLiteral("no L2TP tunnel secret, as RouteStudio writes (clients send none)"));
        }
    }
    mapped(vt->line, QStringLiteral("the L2TP clients' PPP interface"));
    rules(*vt->line, {{L{"peer", "default", "ip", "address", "pool"}, true, QStringLiteral("the remote-access pool")},
                      {L{"ip", "unnumbered"}, true, QStringLiteral("the server's PPP address is %1's").arg(vt->unnumbered)},
                      {L{"ip", "address"}, true, QStringLiteral("the server's PPP address")},
                      {L{"ppp", "ipcp", "dns"}, true, QStringLiteral("the DNS servers remote-access clients get")},
                      {L{"ppp", "authentication", "ms-chap-v2"}, true, QStringLiteral("MS-CHAPv2, as RouteStudio writes")},
                      {L{"ppp", "authentication"}, false, QStringLiteral("RouteStudio always has clients authenticate with MS-CHAPv2")},
                      {L{"ppp", "authorization"}, true, QStringLiteral("local PPP authorization (the username lines)")},
                      {L{"ip", "mtu"}, true, QStringLiteral("the PPP MTU (the topology's, when not the default)")},
                      {L{"ip", "tcp", "adjust-mss"}, false, QStringLiteral("RouteStudio derives the MSS from the MTU")}});
    const auto loop = m_o.interfaces.constFind(vt->unnumbered);
    if (!vt->address && loop != m_o.interfaces.cend()) {
        mapped(loop->line, QStringLiteral("holds the L2TP server's PPP address"));
        rules(*loop->line, {{L{"ip", "address"}, true, QStringLiteral("the L2TP server's own PPP address")}});
    }
    for (const IosLine &l : m_lines) {
        if (l.negated)
            continue;
        if (l.words == L{"vpdn", "enable"})
            mapped(&l, QStringLiteral("enables the L2TP server"));
        else if (l.words == L{"aaa", "new-model"} || l.startsWith(L{"aaa", "authentication", "ppp"})
                 || l.startsWith(L{"aaa", "authorization", "network"}))
            mapped(&l, QStringLiteral("PPP logins are checked against the username lines"));
    }
}
