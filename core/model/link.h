#pragma once

#include "core/model/enums.h"

#include <QJsonObject>
#include <QString>
#include <optional>

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
    // Failover (docs/failover.md): a backup link carries the same destinations
    // as a primary one with a higher metric (floating static routes). `metric`
    // overrides the default of the role (Route::metricFor). After `extra`, with
    // defaults, so brace-initialised links of older code stay what they were.
    LinkRole role = LinkRole::Primary;
    std::optional<int> metric = std::nullopt;

    // The largest metric a file may set: every platform's route distance
    // (Cisco administrative distance, RouterOS distance) is metric + 1 <= 255.
    static constexpr int kMaxMetric = 254;

    bool isBackup() const { return role == LinkRole::Backup; }
    bool touches(const QString &siteId) const { return from == siteId || to == siteId; }
    QString otherEnd(const QString &siteId) const { return from == siteId ? to : from; }
};
