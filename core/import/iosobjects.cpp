#include "core/import/iosobjects.h"

#include "core/import/iosaddress.h"

namespace {

using L = QStringList;

IosObjects::Interface interfaceOf(const IosLine &l)
{
    IosObjects::Interface i;
    i.line = &l;
    for (const IosLine &c : l.children) {
        if (c.negated)
            continue;
        if (c.startsWith(L{"ip", "address"}) && c.words.size() >= 4) {
            i.address = Ipv4Address::parse(c.word(2));
            i.network = IosAddress::withMask(c.word(2), c.word(3));
        } else if (c.startsWith(L{"ip", "unnumbered"})) {
            i.unnumbered = c.word(2);
        } else if (c.startsWith(L{"tunnel", "source"})) {
            i.tunnelSource = c.word(2);
        } else if (c.startsWith(L{"tunnel", "destination"})) {
            i.tunnelDestination = c.word(2);
        } else if (c.startsWith(L{"tunnel", "protection", "ipsec", "profile"})) {
            i.protection = c.word(4);
        } else if (c.startsWith(L{"crypto", "map"})) {
            i.cryptoMap = c.word(2);
        } else if (c.startsWith(L{"peer", "default", "ip", "address", "pool"})) {
            i.pool = c.word(5);
        } else if (c.startsWith(L{"ppp", "ipcp", "dns"})) {
            for (const QString &w : c.words.mid(3)) {
                if (const auto a = Ipv4Address::parse(w))
                    i.dns << *a;
            }
        } else if (c.startsWith(L{"ip", "mtu"})) {
            bool ok = false;
            const int mtu = c.word(2).toInt(&ok);
            if (ok)
                i.mtu = mtu;
        }
    }
    return i;
}

IosObjects::IkeProfile ikeProfileOf(const IosLine &l, bool ikev2)
{
    IosObjects::IkeProfile p;
    p.line = &l;
    p.ikev2 = ikev2;
    const L match = ikev2 ? L{"match", "identity", "remote"} : L{"match", "identity"};
    for (const IosLine &c : l.children) {
        if (!c.negated && c.startsWith(match))
            p.remote = c.word(int(match.size()) + 1);
        else if (!c.negated && c.startsWith(L{"identity", "local"}))
            p.localId = c.word(3);
    }
    return p;
}

IosObjects::MapEntry mapEntryOf(const IosLine &l, int first)
{
    IosObjects::MapEntry e;
    e.line = &l;
    e.map = l.word(first);
    e.seq = l.word(first + 1);
    if (l.word(first + 3) == u"dynamic")
        e.dynamic = l.word(first + 4);
    for (const IosLine &c : l.children) {
        if (c.negated)
            continue;
        if (c.startsWith(L{"set", "peer"}) && e.peer.isEmpty())
            e.peer = c.word(2);
        else if (c.startsWith(L{"match", "address"}))
            e.acl = c.word(2);
        else if (c.startsWith(L{"set", "transform-set"}))
            e.transformSets = c.words.mid(2);
        else if (c.startsWith(L{"set", "isakmp-profile"}) || c.startsWith(L{"set", "ikev2-profile"})) {
            e.ikeProfile = c.word(2);
            e.ikev2 = c.word(1) == u"ikev2-profile";
        }
    }
    return e;
}

// "permit ip SRC DST", after "access-list N" or a sequence number.
IosObjects::AclEntry aclEntryOf(const IosLine &l, int first)
{
    IosObjects::AclEntry e;
    e.line = &l;
    bool ok = false;
    l.word(first).toInt(&ok);
    if (ok)
        ++first; // "10 permit ip ..." in a named list
    e.permit = l.word(first) == u"permit";
    e.protocol = l.word(first + 1);
    int i = first + 2;
    e.source = IosAddress::aclOperand(l.words, &i);
    e.destination = IosAddress::aclOperand(l.words, &i);
    return e;
}

IosObjects::Route routeOf(const IosLine &l)
{
    IosObjects::Route r;
    r.line = &l;
    r.destination = IosAddress::withMask(l.word(2), l.word(3));
    int i = 4;
    if (!Ipv4Address::parse(l.word(i)))
        r.interface = l.word(i++);
    if (Ipv4Address::parse(l.word(i)))
        ++i; // the next hop
    bool ok = false;
    const int distance = l.word(i).toInt(&ok);
    if (ok)
        r.distance = distance;
    return r;
}

} // namespace

IosObjects IosObjects::collect(const QList<IosLine> &lines)
{
    IosObjects o;
    for (const IosLine &l : lines) {
        if (l.negated)
            continue;
        if (l.startsWith(L{"interface"}))
            o.interfaces.insert(l.word(1), interfaceOf(l));
        else if (l.startsWith(L{"crypto", "isakmp", "profile"}) || l.startsWith(L{"crypto", "ikev2", "profile"}))
            o.ikeProfiles.insert(l.word(3), ikeProfileOf(l, l.word(1) == u"ikev2"));
        else if (l.startsWith(L{"crypto", "ipsec", "transform-set"})) {
            bool transport = false;
            for (const IosLine &c : l.children)
                transport = transport || (!c.negated && c.words == L{"mode", "transport"});
            o.transformSetTransport.insert(l.word(3), transport);
        } else if (l.startsWith(L{"crypto", "ipsec", "profile"})) {
            const MapEntry e = mapEntryOf(l, 3);
            o.ipsecProfiles.insert(l.word(3), {&l, e.transformSets, e.ikeProfile, e.ikev2});
        } else if (l.startsWith(L{"crypto", "map"}) && l.words.size() >= 5 && l.word(4) == u"ipsec-isakmp") {
            o.maps.append(mapEntryOf(l, 2));
        } else if (l.startsWith(L{"crypto", "dynamic-map"})) {
            o.dynamicMaps.insert(l.word(2), mapEntryOf(l, 2));
        } else if (l.startsWith(L{"access-list"})) {
            o.acls[l.word(1)].append(aclEntryOf(l, 2));
        } else if (l.startsWith(L{"ip", "access-list", "extended"})) {
            o.namedAcls.insert(l.word(3), &l);
            for (const IosLine &c : l.children)
                o.acls[l.word(3)].append(aclEntryOf(c, 0));
        } else if (l.startsWith(L{"ip", "local", "pool"})) {
            o.pools[l.word(3)].append(&l);
        } else if (l.startsWith(L{"ip", "route"})) {
            const Route r = routeOf(l);
            o.routes[r.interface].append(r);
        } else if (l.startsWith(L{"vpdn-group"})) {
            o.vpdnGroup = &l;
            for (const IosLine &c : l.children) {
                if (c.startsWith(L{"accept-dialin"})) {
                    for (const IosLine &d : c.children) {
                        if (d.startsWith(L{"virtual-template"}))
                            o.virtualTemplate = d.word(1);
                    }
                }
            }
        }
    }
    for (auto it = o.interfaces.cbegin(); it != o.interfaces.cend(); ++it) {
        if (isLanInterface(it.key()) && it->network && !IosAddress::isPublic(it->address->toString()))
            o.lanNetworks << it->network->network();
    }
    for (const Interface &i : o.interfaces) {
        if (!i.cryptoMap.isEmpty() && i.address && !o.mapAddress.contains(i.cryptoMap))
            o.mapAddress.insert(i.cryptoMap, i.address->toString());
    }
    return o;
}

QString IosObjects::addressOf(const QString &source) const
{
    if (Ipv4Address::parse(source))
        return source;
    const auto it = interfaces.constFind(source);
    return it != interfaces.cend() && it->address ? it->address->toString() : QString();
}

bool IosObjects::isLanInterface(const QString &name)
{
    for (const char *p : {"Tunnel", "Loopback", "Virtual-Template", "Virtual-Access", "Dialer", "NVI"}) {
        if (name.startsWith(QLatin1String(p)))
            return false;
    }
    return true;
}
