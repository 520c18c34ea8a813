#pragma once

#include "core/generators/generatorinput.h"
#include "core/net/ipv4prefix.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

// Everything a client generator needs for one profile and user, worked out once
// so that the NetworkManager, Windows and macOS outputs agree by construction.
struct ClientSettings
{
    QString name;     // connection name on every OS: the profile id
    QString profile;
    QString user;
    QString password;
    QString pskName;
    QString psk;
    QString gateway;  // the hub's public address
    Ipv4Address serverPppAddress; // the hub's PPP address (the client's PPP peer)
    bool fullTunnel = false;
    QList<Ipv4Prefix> routes; // split tunnel routes (empty in full tunnel mode)
    int mtu = 0;
    int mss = 0;

    // For the profile's hub, or for `hubId` (its backup hub).
    static ClientSettings build(const GeneratorInput &input, const Profile &profile,
                                const QString &user, const QString &hubId = {});
    // The same connection through the profile's backup hub (docs/failover.md),
    // named "<profile>-backup"; nullopt when it has none.
    static std::optional<ClientSettings> backup(const GeneratorInput &input, const Profile &profile,
                                                const QString &user);
    // A UUID that depends only on `what`, the name and the user (stable goldens,
    // and re-imports replace instead of duplicating).
    QUuid uuid(const QString &what) const;
};
