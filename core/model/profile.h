#pragma once

#include "core/model/enums.h"
#include "core/net/ipv4prefix.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A remote-access client profile on a hub.
struct Profile
{
    QString id;
    QString hub;
    TunnelMode tunnel = TunnelMode::Split;
    QList<Ipv4Prefix> routes; // split mode; empty = every LAN reachable through the hub
    QString secret;           // PSK name
    QStringList users;        // user names in the secrets file
    QJsonObject extra;
    // Failover (docs/failover.md): a second hub that serves the same users and
    // PSK; clients try `hub` first, then this one. After `extra`, with a
    // default, so brace-initialised profiles of older code stay what they were.
    QString backupHub = {};

    // The hubs that serve this profile: `hub`, then `backupHub` when set.
    QStringList hubs() const
    {
        return backupHub.isEmpty() || backupHub == hub ? QStringList{hub}
                                                       : QStringList{hub, backupHub};
    }
    // The file's field that names `hubId`: "hub" or "backupHub".
    QString hubField(const QString &hubId) const
    {
        return hubId == hub ? QStringLiteral("hub") : QStringLiteral("backupHub");
    }
};
