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

    // Optional `extra` field (Linux sites): the XFRM interface the site's IPsec
    // children are bound to and its route scripts and firewall use; absent, the
    // default below (docs/generators.md, "Kernel XFRM").
    static constexpr const char *kTunnelInterfaceField = "tunnelInterface";
    static constexpr const char *kDefaultTunnelInterface = "xfrm0";

    bool isHub() const { return role == SiteRole::Hub; }
};
