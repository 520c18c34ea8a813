// IosFactsReader: tunnel interfaces protected by an IPsec profile (VTIs) and
// crypto map entries, as connections.
#include "core/import/iosfactsreader.h"

#include "core/import/iosnotes.h"

using L = QStringList;

namespace {

QString stripRs(const QString &name)
{
    return name.startsWith(QLatin1String("RS-")) ? name.mid(3) : name;
}

} // namespace

void IosFactsReader::vtis()
{
    QHash<QString, int> users; // IPsec profile -> tunnels using it
    for (const IosObjects::Interface &i : m_o.interfaces)
        users[i.protection] += i.protection.isEmpty() ? 0 : 1;
    for (auto it = m_o.interfaces.cbegin(); it != m_o.interfaces.cend(); ++it) {
        const IosObjects::Interface &i = *it;
        if (i.protection.isEmpty())
            continue;
        const auto profile = m_o.ipsecProfiles.constFind(i.protection);
        if (profile == m_o.ipsecProfiles.cend() || i.tunnelDestination.isEmpty()) {
            m_log.error(i.line->place, profile == m_o.ipsecProfiles.cend()
                                           ? QStringLiteral("no crypto ipsec profile %1 in the file").arg(i.protection)
                                           : QStringLiteral("a protected tunnel without tunnel destination"));
            continue;
        }
        m_routeBased = true;
        TunnelFacts t;
        t.name = users.value(i.protection) == 1 ? stripRs(i.protection) : it.key().toLower();
        t.place = i.line->place;
        t.remoteAddress = i.tunnelDestination;
        t.localAddress = m_o.addressOf(i.tunnelSource);
        t.ike = profile->ikev2 ? IkeVersion::Ikev2 : IkeVersion::Ikev1;
        t.initiates = true; // IOS brings a VTI up by itself
        t.routeBased = true;
        t.localTs = m_o.lanNetworks;
        t.localTsPlace = t.place;
        for (const IosObjects::Route &r : m_o.routes.value(it.key())) {
            if (!r.destination)
                continue;
            if (t.remoteTs.isEmpty())
                t.remoteTsPlace = r.line->place;
            t.remoteTs << r.destination->network();
            mapped(r.line, r.distance > 1
                               ? QStringLiteral("a route over the link of %1 (distance %2: a backup path; link roles are not imported)").arg(it.key()).arg(r.distance)
                               : QStringLiteral("a route over the link of %1 (the peer's side)").arg(it.key()));
        }
        const QString link = QStringLiteral("the link of %1").arg(it.key());
        m_builder.insert(i.line);
        rules(*i.line, {{L{"tunnel", "source"}, true, QStringLiteral("this end's address on the link")},
                        {L{"tunnel", "destination"}, true, QStringLiteral("the peer's public address: the link's other end")},
                        {L{"tunnel", "mode", "ipsec"}, true, QStringLiteral("a route-based IPsec link (VTI)")},
                        {L{"tunnel", "protection"}, true, QStringLiteral("the IPsec profile of %1").arg(link)},
                        {L{"ip", "unnumbered"}, false, QStringLiteral("the tunnel's own address: RouteStudio numbers its tunnels itself")},
                        {L{"ip", "address"}, false, QStringLiteral("the tunnel's own address: RouteStudio numbers its tunnels itself")},
                        {L{"ip", "mtu"}, false, QStringLiteral("RouteStudio derives the tunnel MTU and MSS itself")},
                        {L{"ip", "tcp", "adjust-mss"}, false, QStringLiteral("RouteStudio derives the tunnel MTU and MSS itself")}});
        mapped(profile->line, QStringLiteral("the IPsec profile of %1").arg(link));
        rules(*profile->line, {{L{"set", "ikev2-profile"}, true, QStringLiteral("IKEv2, with this IKE profile")},
                               {L{"set", "isakmp-profile"}, true, QStringLiteral("IKEv1, with this IKE profile")}});
        ikeProfile(profile->ikeProfile, link, &t);
        m_box->tunnels.append(t);
    }
}

// The IKE profile a connection uses: the peer's identity and this end's.
void IosFactsReader::ikeProfile(const QString &name, const QString &link, TunnelFacts *t)
{
    const auto p = m_o.ikeProfiles.constFind(name);
    if (name.isEmpty() || p == m_o.ikeProfiles.cend())
        return;
    t->remoteId = p->remote;
    t->localId = p->localId;
    mapped(p->line, QStringLiteral("the IKE profile of %1").arg(link));
    rules(*p->line, {{L{"match", "identity"}, true, QStringLiteral("the peer's identity")},
                     {L{"identity", "local"}, true, QStringLiteral("this site's identity (its public address)")},
                     {L{"authentication", "remote", "pre-share"}, true, QStringLiteral("PSK authentication: the link's secret")},
                     {L{"authentication", "local", "pre-share"}, true, QStringLiteral("PSK authentication: the link's secret")},
                     {L{"authentication"}, false, QStringLiteral("certificates and EAP are not modeled (RouteStudio uses PSKs)")},
                     {L{"keyring"}, true, QStringLiteral("where the link's PSK is")},
                     {L{"dpd"}, false, QStringLiteral("RouteStudio sets dead peer detection itself")},
                     {L{"keepalive"}, false, QStringLiteral("RouteStudio sets dead peer detection itself")}});
}

void IosFactsReader::cryptoMaps()
{
    for (const IosObjects::MapEntry &e : m_o.maps) {
        if (!e.dynamic.isEmpty()) {
            remoteAccessMap(e);
            continue;
        }
        if (e.peer.isEmpty()) {
            why(e.line, QStringLiteral("a crypto map entry without set peer: IOS brings no tunnel up for it"));
            continue;
        }
        TunnelFacts t;
        t.name = stripRs(e.map) + u'-' + e.seq;
        t.place = e.line->place;
        t.remoteAddress = e.peer;
        t.localAddress = m_o.mapAddress.value(e.map);
        t.ike = e.ikev2 ? IkeVersion::Ikev2 : IkeVersion::Ikev1;
        t.initiates = true; // IOS starts a crypto map's SA when traffic matches
        t.transportMode = !e.transformSets.isEmpty();
        for (const QString &ts : e.transformSets)
            t.transportMode = t.transportMode && m_o.transformSetTransport.value(ts);
        acl(e, &t);
        const QString link = QStringLiteral("the link of crypto map %1 %2").arg(e.map, e.seq);
        rules(*e.line, {{L{"set", "peer"}, true, QStringLiteral("the peer's public address: the link's other end")},
                        {L{"match", "address"}, true, QStringLiteral("the link's subnets: access list %1").arg(e.acl)},
                        {L{"set", "isakmp-profile"}, true, QStringLiteral("IKEv1, with this IKE profile")},
                        {L{"set", "ikev2-profile"}, true, QStringLiteral("IKEv2, with this IKE profile")}});
        ikeProfile(e.ikeProfile, link, &t);
        m_builder.insert(e.line);
        m_box->tunnels.append(t);
    }
    for (const IosObjects::Interface &i : m_o.interfaces) {
        for (const IosLine &c : i.line->children) {
            if (!c.negated && c.startsWith(L{"crypto", "map"}))
                mapped(&c, QStringLiteral("applies crypto map %1 here (its address is this end's)").arg(c.word(2)));
        }
    }
}

// The access list of a crypto map entry: permit ip SRC DST, SRC this end's side.
void IosFactsReader::acl(const IosObjects::MapEntry &e, TunnelFacts *t)
{
    const auto entries = m_o.acls.constFind(e.acl);
    if (entries == m_o.acls.cend()) {
        m_log.error(e.line->place, QStringLiteral("match address %1: no such access list in the file").arg(e.acl));
        return;
    }
    for (const IosObjects::AclEntry &a : *entries) {
        if (a.line->word(0) == u"remark") {
            why(a.line, QStringLiteral("a remark (a comment)"));
            continue;
        }
        if (!a.permit || a.protocol != u"ip" || !a.source || !a.destination) {
            why(a.line, a.permit ? QStringLiteral("not a whole-subnet ip entry: RouteStudio's selectors are subnets")
                                 : QStringLiteral("not a permit entry: RouteStudio's selectors only permit"));
            continue;
        }
        if (t->localTs.isEmpty()) {
            t->localTsPlace = a.line->place;
            t->remoteTsPlace = a.line->place;
        }
        t->localTs << a.source->network();
        t->remoteTs << a.destination->network();
        mapped(a.line, QStringLiteral("%1 on this end, %2 on the peer's (%3 %4)")
                           .arg(a.source->network().toString(), a.destination->network().toString(), e.map, e.seq));
    }
    if (const IosLine *named = m_o.namedAcls.value(e.acl))
        mapped(named, QStringLiteral("the access list of crypto map %1 %2").arg(e.map, e.seq));
}

// crypto map M S ipsec-isakmp dynamic D with D in transport mode: L2TP/IPsec from any peer.
void IosFactsReader::remoteAccessMap(const IosObjects::MapEntry &e)
{
    const auto d = m_o.dynamicMaps.constFind(e.dynamic);
    if (d == m_o.dynamicMaps.cend()) {
        m_log.error(e.line->place, QStringLiteral("no crypto dynamic-map %1 in the file").arg(e.dynamic));
        return;
    }
    bool transport = !d->transformSets.isEmpty();
    for (const QString &ts : d->transformSets)
        transport = transport && m_o.transformSetTransport.value(ts);
    if (!transport) {
        why(e.line, QStringLiteral("IPsec remote access in tunnel mode (without L2TP) is not modeled"));
        return;
    }
    TunnelFacts t;
    t.name = stripRs(e.dynamic);
    t.place = e.line->place;
    t.remoteAddress = QStringLiteral("%any");
    t.ike = IkeVersion::Ikev1;
    t.transportMode = true;
    t.l2tpSelectors = true;
    m_builder.insert(e.line);
    mapped(d->line, QStringLiteral("L2TP/IPsec remote access from any peer"));
    rules(*d->line, {{L{"set", "transform-set"}, true, QStringLiteral("transport mode: L2TP/IPsec (the algorithms are RouteStudio's own)")},
                     {L{"set", "isakmp-profile"}, true, QStringLiteral("the remote-access IKE profile")}});
    ikeProfile(d->ikeProfile, QStringLiteral("remote access"), &t);
    t.remoteId.clear(); // "match identity address 0.0.0.0": any peer
    m_box->tunnels.append(t);
}
