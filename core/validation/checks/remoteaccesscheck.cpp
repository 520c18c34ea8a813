#include "core/validation/checks/checks.h"

#include "core/validation/fieldpath.h"
#include "core/validation/poolrange.h"
#include "core/validation/prefixintervals.h"
#include "core/validation/siteindex.h"

#include <QSet>

namespace {

QString raPath(int site, const char *field)
{
    return FieldPath::field(FieldPath::site(site), QStringLiteral("remoteAccess.") + QLatin1String(field));
}

// The LAN that holds `a` (only called once the interval set said one does).
QString lanHolding(const Topology &t, Ipv4Address a, QString *path)
{
    for (int s = 0; s < t.sites.size(); ++s) {
        for (int l = 0; l < t.sites[s].lans.size(); ++l) {
            if (t.sites[s].lans[l].contains(a)) {
                *path = FieldPath::item(FieldPath::site(s), QStringLiteral("lans"), l);
                return QStringLiteral("LAN %1 of site %2").arg(t.sites[s].lans[l].toString(), t.sites[s].id);
            }
        }
    }
    return {};
}

void localAddress(const Topology &t, int i, const PrefixIntervals &lans, FindingSink &sink)
{
    const Site &s = t.sites[i];
    const RemoteAccess &ra = *s.remoteAccess;
    const QString local = ra.localAddress.toString();
    const QString pool = ra.pool.toString();
    const QString path = raPath(i, "localAddress");
    if (lans.covers(ra.localAddress)) {
        QString lanPath;
        const QString lan = lanHolding(t, ra.localAddress, &lanPath);
        sink.error(QStringLiteral("local-address-in-lan"),
                   QStringLiteral("the PPP address %1 of hub %2 lies inside %3; the server would "
                                  "claim an address of that LAN on every PPP link")
                       .arg(local, s.id, lan),
                   {s.id}, {path, lanPath});
    }
    if (!ra.pool.contains(ra.localAddress))
        return;
    const PoolRange range(ra.pool.network(), ra.localAddress);
    if (ra.pool.length() <= 30
        && (ra.localAddress.value() == ra.pool.first() || ra.localAddress.value() == ra.pool.last())) {
        sink.error(QStringLiteral("local-address-not-usable"),
                   QStringLiteral("the PPP address %1 of hub %2 is the %3 address of pool %4; use "
                                  "a host address such as %5")
                       .arg(local, s.id,
                            ra.localAddress.value() == ra.pool.first() ? QStringLiteral("network")
                                                                        : QStringLiteral("broadcast"),
                            pool, Ipv4Address(ra.pool.first() + 1).toString()),
                   {s.id}, {path, raPath(i, "pool")});
        return;
    }
    sink.info(QStringLiteral("local-address-in-pool"),
              QStringLiteral("the PPP address %1 of hub %2 lies inside pool %3; it is excluded "
                             "from the range handed to clients: %4")
                  .arg(local, s.id, pool, range.text()),
              {s.id}, {path, raPath(i, "pool")});
}

// Users (distinct names) of every profile on each hub, plus the gateways that
// dial the hub over an L2TP link: each holds one pool address while connected.
QHash<int, QSet<QString>> clientsPerHub(const Topology &t, const SiteIndex &index)
{
    QHash<int, QSet<QString>> out;
    for (const Profile &p : t.profiles) {
        for (const QString &id : p.hubs()) { // a backup hub holds them all when the hub fails
            const int hub = index.indexOf(id);
            if (hub < 0)
                continue;
            for (const QString &u : p.users)
                out[hub].insert(QStringLiteral("user ") + u);
        }
    }
    for (const Link &l : t.links) {
        if (l.transport != Transport::L2tp)
            continue;
        const int a = index.indexOf(l.from);
        const int b = index.indexOf(l.to);
        if (a < 0 || b < 0 || t.sites[a].isHub() == t.sites[b].isHub())
            continue;
        const int hub = t.sites[a].isHub() ? a : b;
        out[hub].insert(QStringLiteral("gateway ") + t.sites[hub == a ? b : a].id);
    }
    return out;
}

} // namespace

namespace Checks {

void remoteAccess(const Topology &t, FindingSink &sink)
{
    PrefixIntervals lans;
    for (const Site &s : t.sites) {
        for (const Ipv4Prefix &l : s.lans)
            lans.add(l);
    }
    lans.finish();
    const SiteIndex index(t);
    const QHash<int, QSet<QString>> clients = clientsPerHub(t, index);
    for (int i = 0; i < t.sites.size(); ++i) {
        const Site &s = t.sites[i];
        if (!s.remoteAccess)
            continue;
        if (!s.isHub()) {
            sink.warning(QStringLiteral("remote-access-on-gateway"),
                         QStringLiteral("site %1 is a gateway but has remoteAccess settings; only "
                                        "hubs run the L2TP/IPsec server, so they are ignored. Make "
                                        "it a hub or remove remoteAccess")
                             .arg(s.id),
                         {s.id}, {FieldPath::field(FieldPath::site(i), QStringLiteral("remoteAccess"))});
            continue;
        }
        localAddress(t, i, lans, sink);
        const PoolRange range(s.remoteAccess->pool.network(), s.remoteAccess->localAddress);
        const int needed = int(clients.value(i).size());
        if (range.usable() < quint64(needed)) {
            sink.error(QStringLiteral("pool-too-small"),
                       QStringLiteral("pool %1 of hub %2 has %3 usable client address(es) (%4) but "
                                      "%5 user(s) and L2TP gateway(s) may connect; use a larger "
                                      "pool, e.g. /%6")
                           .arg(s.remoteAccess->pool.toString(), s.id)
                           .arg(range.usable())
                           .arg(range.text())
                           .arg(needed)
                           .arg(PoolRange::lengthFor(quint64(needed))),
                       {s.id}, {raPath(i, "pool")});
        }
    }
}

} // namespace Checks
