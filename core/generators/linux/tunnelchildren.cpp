#include "core/generators/linux/tunnelchildren.h"

namespace TunnelChildren {

bool isSplit(const PlannedLink &link)
{
    return link.link->ike == IkeVersion::Ikev1 && (link.local.size() > 1 || link.remote.size() > 1);
}

QList<TunnelChild> of(const PlannedLink &link)
{
    if (!isSplit(link)) {
        TunnelChild child{link.link->id, link.local, link.remote};
        if (link.transit) { // the peer's failover probe (validation: IKEv2 only)
            child.local.append(Ipv4Prefix(link.transit->local, 32));
            child.remote.append(Ipv4Prefix(link.transit->remote, 32));
        }
        return {child};
    }
    // An empty side is the box itself: one "dynamic" selector.
    const auto sides = [](const QList<Ipv4Prefix> &prefixes) {
        QList<QList<Ipv4Prefix>> out;
        for (const Ipv4Prefix &p : prefixes)
            out.append({p});
        if (out.isEmpty())
            out.append(QList<Ipv4Prefix>{});
        return out;
    };
    // Number the pairs in the link's from → to order, so that both ends give the
    // same pair the same name.
    const bool localIsFrom = link.peer->id == link.link->to;
    const QList<QList<Ipv4Prefix>> outer = sides(localIsFrom ? link.local : link.remote);
    const QList<QList<Ipv4Prefix>> inner = sides(localIsFrom ? link.remote : link.local);
    QList<TunnelChild> children;
    for (const QList<Ipv4Prefix> &o : outer) {
        for (const QList<Ipv4Prefix> &i : inner) {
            const QString name = QStringLiteral("%1_%2").arg(link.link->id).arg(children.size() + 1);
            children.append(localIsFrom ? TunnelChild{name, o, i} : TunnelChild{name, i, o});
        }
    }
    return children;
}

} // namespace TunnelChildren
