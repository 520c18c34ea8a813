#pragma once

#include "core/model/enums.h"
#include "core/model/remoteaccess.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

struct Site
{
    QString id;
    QString name;
    SiteRole role = SiteRole::Gateway;
    Platform platform = Platform::LinuxStrongswan;
    QString publicAddress; // IPv4 literal or DNS name
    QList<Ipv4Prefix> lans;
    std::optional<RemoteAccess> remoteAccess; // hubs only
    QJsonObject extra;

    // Optional `extra` field (Linux sites): the interface tunnel traffic uses
    // in route scripts and firewalls; absent, the default below.
    static constexpr const char *kTunnelInterfaceField = "tunnelInterface";
    static constexpr const char *kDefaultTunnelInterface = "ipsec0"; // kernel-libipsec's TUN

    bool isHub() const { return role == SiteRole::Hub; }
};
