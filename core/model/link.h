#pragma once

#include "core/model/enums.h"

#include <QJsonObject>
#include <QString>

// A tunnel between two sites. `secret` names a PSK in the secrets file.
struct Link
{
    QString id;
    QString from;
    QString to;
    Transport transport = Transport::Ipsec;
    IkeVersion ike = IkeVersion::Ikev2;
    QString secret;
    QJsonObject extra;

    bool touches(const QString &siteId) const { return from == siteId || to == siteId; }
    QString otherEnd(const QString &siteId) const { return from == siteId ? to : from; }
};
