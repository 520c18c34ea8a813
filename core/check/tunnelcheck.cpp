#include "core/check/livechecks.h"

#include "core/generators/common/prefixlist.h"
#include "core/mtu/mtucalculator.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace {

QString joined(const QList<Ipv4Prefix> &prefixes)
{
    QStringList out;
    for (const Ipv4Prefix &p : prefixes)
        out << p.toString();
    return out.join(QLatin1Char(','));
}

// Normalized and in address order: selectors compare as sets.
QList<Ipv4Prefix> canonical(const QList<Ipv4Prefix> &prefixes)
{
    QList<Ipv4Prefix> out = PrefixList::normalized(prefixes);
    std::sort(out.begin(), out.end(), [](const Ipv4Prefix &a, const Ipv4Prefix &b) {
        return a.first() != b.first() ? a.first() < b.first() : a.length() < b.length();
    });
    return out;
}

QString pathName(const PlannedLink &l)
{
    return QStringLiteral("link %1 to %2%3")
        .arg(l.link->id, l.peer->id, l.backup ? QStringLiteral(" (backup path)") : QString());
}

QString reinstall(const PlannedLink &l)
{
    return QStringLiteral("sh /etc/routestudio/tunnel-routes.sh up %1 (the generated updown "
                          "hook does it whenever the CHILD_SA comes up)")
        .arg(l.link->id);
}

using ChildrenOf = QHash<QString, QList<const LiveChild *>>;

// The CHILD_SAs by the link they belong to: a child is named by its link id,
// or <link>_<n> when IKEv1 splits one link (ids hold no '_').
ChildrenOf childrenByLink(const LiveState &live)
{
    ChildrenOf out;
    for (const LiveChild &c : *live.children)
        out[c.name.section(QLatin1Char('_'), 0, 0)].append(&c);
    return out;
}

// The link's CHILD_SA(s): installed, with the planned selectors. False when
// none is installed.
bool childUp(const PlannedLink &l, const ChildrenOf &children, QList<CheckFinding> &out)
{
    QList<Ipv4Prefix> local, remote;
    QStringList seen;
    for (const LiveChild *child : children.value(l.link->id)) {
        const LiveChild &c = *child;
        seen << QStringLiteral("%1 %2").arg(c.name, c.state);
        if (c.state != QLatin1String("INSTALLED"))
            continue;
        local << c.localTs;
        remote << c.remoteTs;
    }
    if (local.isEmpty() && remote.isEmpty()) {
        out.append({QStringLiteral("sa-down"),
                    QStringLiteral("the CHILD_SA of %1 is not up: nothing is routed over that path")
                        .arg(pathName(l)),
                    seen.isEmpty() ? QStringLiteral("swanctl --list-sas shows no CHILD_SA %1").arg(l.link->id)
                                   : QStringLiteral("swanctl --list-sas: ") + seen.join(QStringLiteral(", ")),
                    QStringLiteral("swanctl --initiate --child %1; if it does not come up, check that "
                                   "UDP 500/4500 and ESP pass between %2 and %3")
                        .arg(l.link->id, l.localAddress, l.peerAddress)});
        return false;
    }
    const QList<Ipv4Prefix> planLocal = canonical(l.local);
    const QList<Ipv4Prefix> planRemote = canonical(l.remote);
    if (canonical(local) != planLocal || canonical(remote) != planRemote) {
        out.append({QStringLiteral("sa-selectors"),
                    QStringLiteral("the CHILD_SA of %1 is up with other traffic selectors than "
                                   "planned (local %2, remote %3)")
                        .arg(pathName(l), joined(planLocal), joined(planRemote)),
                    QStringLiteral("local-ts=[%1] remote-ts=[%2]").arg(joined(local), joined(remote)),
                    QStringLiteral("install the generated etc/swanctl/conf.d/routestudio.conf on both "
                                   "ends, swanctl --load-all, then re-initiate the link")});
    }
    return true;
}

// The box's routes as the route checks ask: by destination, the routes more
// specific than a planned prefix that leave it outside the tunnels, and the
// WAN (the default route's device). Built in one pass over the routes, each
// looked up at the 32 shorter prefixes that could hold it.
struct RouteView
{
    QHash<Ipv4Prefix, QList<const LiveRoute *>> exact;
    QHash<Ipv4Prefix, QList<const LiveRoute *>> inside; // planned prefix -> shadowing routes
    QString wan;

    RouteView(const LinuxSitePlan &plan, const LiveState &live) : exact(live.mainRoutes())
    {
        QSet<Ipv4Prefix> planned;
        for (const PlannedLink &l : plan.ipsecLinks) {
            for (const Ipv4Prefix &p : l.remote)
                planned.insert(p.network());
        }
        for (const LiveRoute &r : *live.routes) {
            if (r.table != QLatin1String("main") || !r.destination)
                continue;
            if (r.destination->length() == 0 && wan.isEmpty())
                wan = r.dev;
            if (live.isInterface(r.dev, plan.tunnelInterface())
                || live.isInterface(r.dev, plan.backupInterface()))
                continue;
            for (int len = 0; len < r.destination->length(); ++len) {
                const Ipv4Prefix outer = Ipv4Prefix(r.destination->address(), len).network();
                if (planned.contains(outer))
                    inside[outer].append(&r);
            }
        }
    }
};

void routes(const LinuxSitePlan &plan, const PlannedLink &l, const RouteView &view,
            const LiveState &live, QList<CheckFinding> &out)
{
    const QString iface = plan.interfaceOf(l);
    for (const Ipv4Prefix &p : l.remote) {
        for (const LiveRoute *r : view.inside.value(p.network())) {
            out.append({QStringLiteral("route-shadowed"),
                        QStringLiteral("a more specific route takes part of %1 (planned over %2, "
                                       "%3) away from the tunnel")
                            .arg(p.toString(), iface, pathName(l)),
                        r->line,
                        QStringLiteral("remove it (ip route del %1 dev %2) or take that subnet out "
                                       "of the plan")
                            .arg(r->destination->toString(), r->dev)});
        }
        const QList<const LiveRoute *> same = view.exact.value(p.network());
        if (std::any_of(same.cbegin(), same.cend(),
                        [&](const LiveRoute *r) { return live.isInterface(r->dev, iface); }))
            continue;
        if (!same.isEmpty()) {
            const LiveRoute *exact = same.first();
            const bool toWan = !view.wan.isEmpty() && exact->dev == view.wan;
            out.append({QStringLiteral("route-wrong-interface"),
                        QStringLiteral("%1 is routed over %2, not over %3 (%4)%5")
                            .arg(p.toString(), exact->dev, iface, pathName(l),
                                 toWan ? QStringLiteral(": it leaves through the WAN, outside the "
                                                        "tunnel (asymmetric routing)")
                                       : QString()),
                        exact->line, reinstall(l)});
        } else {
            out.append({QStringLiteral("route-missing"),
                        QStringLiteral("no route to %1 over %2 (%3)").arg(p.toString(), iface, pathName(l)),
                        QStringLiteral("ip route show table main has no %1").arg(p.toString()),
                        reinstall(l)});
        }
    }
}

void mtu(const LinuxSitePlan &plan, const LiveState &live, QList<CheckFinding> &out)
{
    const int planned = MtuCalculator::ipsecTunnel().recommendedMtu;
    QStringList names{plan.tunnelInterface()};
    if (plan.hasBackupIpsecLink())
        names << plan.backupInterface();
    for (const QString &name : names) {
        const LiveLink *l = live.link(name);
        if (!l || l->mtu <= planned)
            continue;
        out.append({QStringLiteral("mtu-too-high"),
                    QStringLiteral("the tunnel interface %1 has MTU %2, above the planned %3: "
                                   "large packets are fragmented after encryption or dropped")
                        .arg(name)
                        .arg(l->mtu)
                        .arg(planned),
                    QStringLiteral("%1: mtu %2").arg(l->name).arg(l->mtu),
                    QStringLiteral("ip link set dev %1 mtu %2 (the generated tunnel-routes.sh sets it)")
                        .arg(name)
                        .arg(planned)});
    }
}

} // namespace

void LiveChecks::tunnels(const LinuxSitePlan &plan, const LiveState &live, QList<CheckFinding> &out)
{
    // Not collected parts are said once (not-collected); the rest is checked.
    const ChildrenOf children = live.children ? childrenByLink(live) : ChildrenOf();
    const std::optional<RouteView> view =
        live.routes ? std::optional<RouteView>(RouteView(plan, live)) : std::nullopt;
    for (const PlannedLink &l : plan.ipsecLinks) {
        if ((!live.children || childUp(l, children, out)) && view)
            routes(plan, l, *view, live, out);
    }
    mtu(plan, live, out);
}
