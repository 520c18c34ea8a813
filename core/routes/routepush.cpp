#include "core/routes/routepush.h"

namespace RoutePush {

bool requested(const Profile &profile)
{
    const QJsonValue v = profile.extra.value(QLatin1String(kRoutePushField));
    return v.isBool() ? v.toBool() : profile.tunnel == TunnelMode::Split;
}

QString domain(const Topology &topology, const Profile &profile)
{
    const QLatin1String key(kDnsDomainField);
    const QJsonValue own = profile.extra.value(key);
    if (own.isString())
        return own.toString();
    const QJsonValue top = topology.extra.value(key);
    return top.isString() ? top.toString() : QString();
}

bool platformCanPush(Platform platform)
{
    return platform == Platform::LinuxStrongswan;
}

bool clientAsksHub(const Topology &topology, const Profile &profile)
{
    const Site *hub = topology.site(profile.hub);
    return profile.tunnel == TunnelMode::Split && requested(profile) && hub
           && platformCanPush(hub->platform);
}

} // namespace RoutePush
