#include "core/validation/checks/checks.h"

#include "core/validation/fieldpath.h"
#include "core/validation/hubreach.h"
#include "core/validation/siteindex.h"

#include <QHash>
#include <QSet>

namespace {

void checkRoutes(const Profile &p, int i, const QString &hub, const PrefixIntervals &reachable,
                 FindingSink &sink)
{
    const QString base = FieldPath::profile(i);
    if (p.tunnel == TunnelMode::Full) {
        if (!p.routes.isEmpty()) {
            sink.warning(QStringLiteral("full-tunnel-with-routes"),
                         QStringLiteral("profile %1 is a full tunnel (all traffic goes to hub %2) "
                                        "but lists %3 route(s), which are ignored; make it split or "
                                        "remove the routes")
                             .arg(p.id, hub)
                             .arg(p.routes.size()),
                         {p.id}, {FieldPath::field(base, QStringLiteral("routes"))});
        }
        return;
    }
    for (int r = 0; r < p.routes.size(); ++r) {
        if (reachable.covers(p.routes[r]))
            continue;
        sink.warning(QStringLiteral("route-not-covered"),
                     QStringLiteral("route %1 of profile %2 is not covered by a LAN of hub %3 or of "
                                    "a gateway linked to it; clients would send that traffic into "
                                    "the tunnel and the hub has nowhere to forward it. Add the LAN "
                                    "to a site or remove the route")
                         .arg(p.routes[r].toString(), p.id, hub),
                     {p.id, hub}, {FieldPath::item(base, QStringLiteral("routes"), r)});
    }
}

// A split profile without listed routes gives its clients what its hub
// reaches; through the backup hub they get the same routes, so each must be
// reachable there too.
void checkBackupReach(const Topology &t, const Profile &p, int i, int hubIndex, int backupIndex,
                      const HubReach &reach, FindingSink &sink)
{
    if (p.tunnel == TunnelMode::Full || !p.routes.isEmpty())
        return;
    const PrefixIntervals &there = reach.of(backupIndex);
    QSet<Ipv4Prefix> seen;
    for (const Ipv4Prefix &prefix : reach.prefixesOf(hubIndex)) {
        if (there.covers(prefix) || seen.contains(prefix))
            continue;
        seen.insert(prefix);
        sink.warning(QStringLiteral("route-not-covered"),
                     QStringLiteral("profile %1 lists no routes, so its clients get what hub %2 "
                                    "reaches, %3 among them; through its backup hub %4 nothing "
                                    "forwards %3. Link that LAN's site to %4 too, or list the "
                                    "profile's routes")
                         .arg(p.id, t.sites[hubIndex].id, prefix.toString(), p.backupHub),
                     {p.id, p.backupHub},
                     {FieldPath::field(FieldPath::profile(i), QStringLiteral("backupHub"))});
    }
}

void checkUsers(const Profile &p, int i, FindingSink &sink)
{
    const QString base = FieldPath::profile(i);
    if (p.users.isEmpty()) {
        sink.warning(QStringLiteral("profile-without-users"),
                     QStringLiteral("profile %1 has no users, so nobody can connect with it")
                         .arg(p.id),
                     {p.id}, {FieldPath::field(base, QStringLiteral("users"))});
    }
    QHash<QString, int> seen;
    for (int u = 0; u < p.users.size(); ++u) {
        const auto it = seen.constFind(p.users[u]);
        if (it == seen.constEnd()) {
            seen.insert(p.users[u], u);
            continue;
        }
        sink.warning(QStringLiteral("duplicate-user"),
                     QStringLiteral("profile %1 lists user %2 twice").arg(p.id, p.users[u]),
                     {p.id},
                     {FieldPath::item(base, QStringLiteral("users"), *it),
                      FieldPath::item(base, QStringLiteral("users"), u)});
    }
}

void checkHub(const Topology &t, int i, const QString &hubId, const SiteIndex &index,
              const HubReach &reach, QHash<int, int> &firstProfileOfHub, FindingSink &sink)
{
    const Profile &p = t.profiles[i];
    const int hubIndex = index.indexOf(hubId);
    if (hubIndex < 0)
        return; // unknown-site
    const Site &hub = t.sites[hubIndex];
    const QString hubPath = FieldPath::field(FieldPath::profile(i), p.hubField(hubId));
    if (!hub.isHub()) {
        sink.error(QStringLiteral("profile-hub-not-hub"),
                   QStringLiteral("profile %1 connects to site %2, which is a gateway; remote "
                                  "access needs a hub")
                       .arg(p.id, hubId),
                   {p.id, hubId}, {hubPath, FieldPath::field(FieldPath::site(hubIndex), QStringLiteral("role"))});
        return;
    }
    if (!hub.remoteAccess) {
        sink.error(QStringLiteral("hub-without-remote-access"),
                   QStringLiteral("profile %1 connects to hub %2, which has no remoteAccess "
                                  "settings (pool, local address); add them to the hub")
                       .arg(p.id, hubId),
                   {p.id, hubId}, {hubPath, FieldPath::site(hubIndex)});
    }
    checkRoutes(p, i, hubId, reach.of(hubIndex), sink);
    if (hubId == p.backupHub && hubId != p.hub) {
        const int primary = index.indexOf(p.hub);
        if (primary >= 0 && t.sites[primary].isHub())
            checkBackupReach(t, p, i, primary, hubIndex, reach, sink);
    }
    const auto first = firstProfileOfHub.constFind(hubIndex);
    if (first == firstProfileOfHub.constEnd()) {
        firstProfileOfHub.insert(hubIndex, i);
    } else if (t.profiles[*first].secret != p.secret) {
        const Profile &other = t.profiles[*first];
        sink.warning(QStringLiteral("psk-conflict"),
                     QStringLiteral("profiles %1 and %2 of hub %3 use different pre-shared keys "
                                    "(%4, %5); an IKEv1 server picks the PSK of a road-warrior "
                                    "client before it knows who the client is, so one hub has "
                                    "one PSK for all its L2TP clients. Use one secret name")
                         .arg(other.id, p.id, hubId, other.secret, p.secret),
                     {other.id, p.id},
                     {FieldPath::field(FieldPath::profile(*first), QStringLiteral("secret")),
                      FieldPath::field(FieldPath::profile(i), QStringLiteral("secret"))});
    }
}

// A backup hub must be a second server: not the hub itself, not its address.
void backupHub(const Topology &t, int i, const SiteIndex &index, FindingSink &sink)
{
    const Profile &p = t.profiles[i];
    if (p.backupHub.isEmpty())
        return;
    const QString path = FieldPath::field(FieldPath::profile(i), QStringLiteral("backupHub"));
    if (p.backupHub == p.hub) {
        sink.warning(QStringLiteral("backup-hub-same"),
                     QStringLiteral("profile %1 names hub %2 as its backup hub too: its clients "
                                    "have no second server to try. Name another hub or none")
                         .arg(p.id, p.hub),
                     {p.id}, {path});
        return;
    }
    const int a = index.indexOf(p.hub);
    const int b = index.indexOf(p.backupHub);
    if (a < 0 || b < 0 || t.sites[a].publicAddress.isEmpty())
        return;
    if (t.sites[a].publicAddress.compare(t.sites[b].publicAddress, Qt::CaseInsensitive) == 0) {
        sink.warning(QStringLiteral("backup-same-address"),
                     QStringLiteral("backup hub %1 of profile %2 has the public address %3 of hub "
                                    "%4: its clients would try the same server twice")
                         .arg(p.backupHub, p.id, t.sites[a].publicAddress, p.hub),
                     {p.id, p.hub, p.backupHub}, {path});
    }
}

} // namespace

namespace Checks {

void profiles(const Topology &t, FindingSink &sink)
{
    const SiteIndex index(t);
    const HubReach reach(t, index);
    QHash<int, int> firstProfileOfHub; // hub index -> profile index, for psk-conflict
    for (int i = 0; i < t.profiles.size(); ++i) {
        const Profile &p = t.profiles[i];
        checkUsers(p, i, sink);
        // `legacyProposals` (kept in Profile::extra; read by Proposals::wantsLegacy).
        const QJsonValue legacy = p.extra.value(QLatin1String("legacyProposals"));
        if (!legacy.isUndefined() && !legacy.isBool()) {
            sink.error(QStringLiteral("invalid-legacy-proposals"),
                       QStringLiteral("profile %1: legacyProposals must be true or false")
                           .arg(p.id),
                       {p.id}, {FieldPath::field(FieldPath::profile(i), QStringLiteral("legacyProposals"))});
        }
        backupHub(t, i, index, sink);
        for (const QString &hubId : p.hubs())
            checkHub(t, i, hubId, index, reach, firstProfileOfHub, sink);
    }
}

} // namespace Checks
