#include "platform/common/clientprofilebuilder.h"

#include "core/model/topologyindex.h"
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
    const TopologyIndex index(topology);
    const RouteTable routes = RouteTable::build(topology, index);
    const auto bundle = BundleProfile::plan(GeneratorInput{topology, secrets, routes, index},
                                            profileId, user, error);
    if (!bundle)
        return std::nullopt;
    return fromBundle(*bundle);
}

ClientProfile ClientProfileBuilder::fromBundle(const BundleProfile &bundle)
{
    ClientProfile p;
    p.connectionName = ClientProfile::connectionNameFor(bundle.hubId, bundle.profile);
    p.profileId = bundle.profile;
    p.hubId = bundle.hubId;
    p.gateway = bundle.hubAddress;
    p.user = bundle.user;
    p.password = bundle.password;
    p.psk = bundle.psk;
    p.tunnel = bundle.tunnel;
    p.routesFrom = bundle.routesFrom;
    p.routes = installableRoutes(bundle.routes);
    p.mtu = bundle.mtu;
    p.backupHubId = bundle.backupHubId;
    p.backupGateway = bundle.backupHubAddress;
    return p;
}
