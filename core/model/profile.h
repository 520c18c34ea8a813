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
};
