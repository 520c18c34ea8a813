#include "core/check/activepaths.h"

QSet<QString> ActivePaths::of(const LinuxSitePlan &plan, const LiveState &live)
{
    QSet<QString> out;
    const QHash<Ipv4Prefix, QList<const LiveRoute *>> main = live.mainRoutes();
    for (const PlannedLink &l : plan.ipsecLinks) {
        const QString iface = plan.interfaceOf(l);
        for (const Ipv4Prefix &p : l.remote) {
            const LiveRoute *best = nullptr;
            for (const LiveRoute *r : main.value(p.network())) {
                if (!best || r->metric < best->metric)
                    best = r;
            }
            if (best && live.isInterface(best->dev, iface)) {
                out.insert(l.link->id);
                break;
            }
        }
    }
    return out;
}
