#pragma once

#include "core/model/enums.h"
#include "core/net/ipv4prefix.h"
#include "core/routes/routepush.h"

#include <QList>
#include <QString>

// Everything a client needs to connect one user to one remote-access profile.
// Built from a topology today (ClientProfileBuilder); a user bundle import
// fills the same struct later.
struct ClientProfile
{
    QString connectionName; // name of the OS VPN profile ("RouteStudio hq staff")
    QString profileId;
    QString hubId;
    QString gateway;        // the hub's public address: IPv4 literal or DNS name
    QString user;
    QString password;       // secret: never on a command line, never logged
    QString psk;            // secret: likewise
    TunnelMode tunnel = TunnelMode::Split;
    QList<Ipv4Prefix> routes; // what RouteStudio installs after connect
    int mtu = 1400;

    // Which routes Connect installs (docs/route-push.md): Hub asks the hub after
    // connecting (a DHCPINFORM through the tunnel, RouteBackend::askHub) and its
    // answer replaces `routes`; Both installs the answer and `routes`; with no
    // answer, `routes` are used and the log says so. Profile: `routes` only.
    RoutePush::RoutesFrom routesFrom = RoutePush::RoutesFrom::Profile;
    // The profile's backup hub (docs/failover.md): Connect dials it when the
    // hub does not answer. Empty: none.
    QString backupHubId = {};
    QString backupGateway = {};

    bool hasBackup() const { return !backupGateway.isEmpty(); }
    // This profile as it connects through the backup hub: its own OS VPN
    // profile, the backup's address; the same user, secrets and routes.
    ClientProfile throughBackup() const
    {
        ClientProfile p = *this;
        p.connectionName = connectionNameFor(backupHubId, profileId);
        p.hubId = backupHubId;
        p.gateway = backupGateway;
        p.backupHubId.clear();
        p.backupGateway.clear();
        return p;
    }

    bool isValid() const { return !connectionName.isEmpty() && !gateway.isEmpty(); }

    // The OS VPN profile's name for a hub's profile: the one place it is made.
    static QString connectionNameFor(const QString &hubId, const QString &profileId)
    {
        return QStringLiteral("RouteStudio %1 %2").arg(hubId, profileId);
    }
};
