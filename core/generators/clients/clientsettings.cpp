#include "core/generators/clients/clientsettings.h"

#include "core/mtu/mtucalculator.h"

ClientSettings ClientSettings::build(const GeneratorInput &input, const Profile &profile,
                                     const QString &user, const QString &hubId)
{
    const bool backup = !hubId.isEmpty() && hubId != profile.hub;
    ClientSettings s;
    s.name = backup ? profile.id + QStringLiteral("-backup") : profile.id;
    s.profile = profile.id;
    s.user = user;
    s.password = input.secrets.users.value(user);
    s.pskName = profile.secret;
    s.psk = input.secrets.psk.value(profile.secret);
    if (const Site *hub = input.index.site(backup ? hubId : profile.hub)) {
        s.gateway = hub->publicAddress;
        if (hub->remoteAccess)
            s.serverPppAddress = hub->remoteAccess->localAddress;
    }
    s.fullTunnel = profile.tunnel == TunnelMode::Full;
    if (!s.fullTunnel) {
        for (const Route &r : input.routes.forProfile(profile.id))
            s.routes.append(r.destination);
    }
    s.mtu = MtuCalculator::pppMtu(input.topology);
    s.mss = MtuCalculator::pppMss(input.topology);
    return s;
}

std::optional<ClientSettings> ClientSettings::backup(const GeneratorInput &input,
                                                    const Profile &profile, const QString &user)
{
    if (profile.hubs().size() < 2 || !input.index.site(profile.backupHub))
        return std::nullopt;
    return build(input, profile, user, profile.backupHub);
}

QUuid ClientSettings::uuid(const QString &what) const
{
    // RouteStudio's namespace for name-based (version 5) UUIDs.
    static const QUuid ns(QStringLiteral("{6f1c2b0e-4b7a-5d2e-9c1f-72a5e3d4b810}"));
    return QUuid::createUuidV5(ns, QStringLiteral("%1/%2/%3").arg(what, name, user));
}
