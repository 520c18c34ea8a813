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

    bool isHub() const { return role == SiteRole::Hub; }
};
