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

bool clientAsksHub(const Site *hub, const Profile &profile)
{
    return profile.tunnel == TunnelMode::Split && requested(profile) && hub
           && platformCanPush(hub->platform);
}

std::optional<RoutesFrom> parseRoutesFrom(const QString &text)
{
    if (text == QLatin1String("hub"))
        return RoutesFrom::Hub;
    if (text == QLatin1String("profile"))
        return RoutesFrom::Profile;
    if (text == QLatin1String("both"))
        return RoutesFrom::Both;
    return std::nullopt;
}

QString word(RoutesFrom from)
{
    switch (from) {
    case RoutesFrom::Hub:
        return QStringLiteral("hub");
    case RoutesFrom::Both:
        return QStringLiteral("both");
    case RoutesFrom::Profile:
        break;
    }
    return QStringLiteral("profile");
}

RoutesFrom routesFrom(const Site *hub, const Profile &profile)
{
    const QJsonValue v = profile.extra.value(QLatin1String(kRoutesFromField));
    if (const auto stated = parseRoutesFrom(v.toString()); v.isString() && stated)
        return *stated;
    return clientAsksHub(hub, profile) ? RoutesFrom::Hub : RoutesFrom::Profile;
}

} // namespace RoutePush
