#include "platform/common/clientprofilebuilder.h"

#include "core/mtu/mtucalculator.h"
#include "core/routes/routepush.h"
#include "core/routes/routetable.h"

QList<Ipv4Prefix> ClientProfileBuilder::installableRoutes(const QList<Ipv4Prefix> &routes)
{
    QList<Ipv4Prefix> out;
    for (const Ipv4Prefix &r : routes) {
        if (r.length() == 0) {
            out.append(Ipv4Prefix(Ipv4Address(0), 1));
            out.append(Ipv4Prefix(Ipv4Address(0x80000000u), 1));
        } else if (!out.contains(r.network())) {
            out.append(r.network());
        }
    }
    return out;
}

std::optional<ClientProfile> ClientProfileBuilder::build(const Topology &topology,
                                                         const Secrets &secrets,
                                                         const QString &profileId,
                                                         const QString &user, QString *error)
{
    const Profile *profile = topology.profile(profileId);
    if (!profile) {
        *error = QStringLiteral("profile '%1' is not in the topology").arg(profileId);
        return std::nullopt;
    }
    if (!profile->users.contains(user)) {
        *error = QStringLiteral("user '%1' is not a user of profile '%2' (users: %3)")
                     .arg(user, profileId, profile->users.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const Site *hub = topology.site(profile->hub);
    if (!hub) {
        *error = QStringLiteral("profile '%1' names hub '%2', which is not a site")
                     .arg(profileId, profile->hub);
        return std::nullopt;
    }
    if (hub->publicAddress.isEmpty()) {
        *error = QStringLiteral("hub '%1' has no publicAddress to connect to").arg(hub->id);
        return std::nullopt;
    }
    ClientProfile p;
    p.connectionName = ClientProfile::connectionNameFor(hub->id, profile->id);
    p.profileId = profile->id;
    p.hubId = hub->id;
    p.gateway = hub->publicAddress;
    p.user = user;
    p.password = secrets.users.value(user);
    p.psk = secrets.psk.value(profile->secret);
    p.tunnel = profile->tunnel;
    p.routesFrom = RoutePush::routesFrom(hub, *profile);
    QList<Ipv4Prefix> planned;
    for (const Route &r : RouteTable::build(topology).forProfile(profile->id))
        planned.append(r.destination);
    p.routes = installableRoutes(planned);
    p.mtu = MtuCalculator::pppMtu(topology);
    return p;
}
