#pragma once

#include "core/net/ipv4address.h"
#include "platform/common/clientprofile.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// A client profile imported from a user bundle (ProfileImporter).
struct ImportedProfile
{
    ClientProfile profile;  // secrets included, for this session
    QString displayName;    // profile.json "name"
    QString hubName;
    QList<Ipv4Address> dns;
    QJsonObject extra;      // profile.json fields this version does not know
    QStringList warnings;   // e.g. the keychain refused; for the log
};
