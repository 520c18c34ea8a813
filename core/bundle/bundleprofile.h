#pragma once

#include "core/model/enums.h"
#include "core/model/secrets.h"
#include "core/generators/generatorinput.h"
#include "core/model/topology.h"
#include "core/net/ipv4address.h"
#include "core/net/ipv4prefix.h"
#include "core/routes/routepush.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// profile.json: everything a client needs to connect one user of one
// remote-access profile (the Connect window imports it). Shape and rules:
// docs/bundles.md. Holds secrets: written 0600, never logged.
struct BundleProfile
{
    static constexpr int kVersion = 1;
    static constexpr const char *kFileName = "profile.json";

    QString name; // for display
    QString profile;
    QString user;
    QString hubId;
    QString hubName;
    QString hubAddress; // IPv4 literal or DNS name
    TunnelMode tunnel = TunnelMode::Split;
    QList<Ipv4Prefix> routes;
    QList<Ipv4Address> dns;
    // "routesFrom": "hub", "profile" or "both" (RoutePush::routesFrom): which
    // routes Connect installs; absent, as in older bundles, = "profile".
    RoutePush::RoutesFrom routesFrom = RoutePush::RoutesFrom::Profile;
    int mtu = 1400;
    int mss = 1360;
    QString psk;
    QString password;
    QJsonObject extra; // unknown fields, kept
    // "backupHub" (docs/failover.md): the server Connect tries when the hub
    // does not answer; absent, as in older bundles, = none. After `extra`,
    // with defaults, for brace-initialised profiles of older code.
    QString backupHubId = {};
    QString backupHubName = {};
    QString backupHubAddress = {};

    // From a topology that passed validation with `secrets`; nullopt when the
    // profile, user, hub or one of the secrets is missing (error says which).
    static std::optional<BundleProfile> fromTopology(const GeneratorInput &input,
                                                     const QString &profileId,
                                                     const QString &user, QString *error);
    // The same without the secrets check: `psk` and `password` are empty when
    // the secrets lack them (the Connect window asks for them).
    static std::optional<BundleProfile> plan(const GeneratorInput &input, const QString &profileId,
                                             const QString &user, QString *error);
    // The same as fromTopology, building the route table for this one profile.
    static std::optional<BundleProfile> fromTopology(const Topology &topology,
                                                     const Secrets &secrets,
                                                     const QString &profileId,
                                                     const QString &user, QString *error);

    QByteArray toJson() const;
    // Checks every field and names the one that is wrong. Never quotes secrets.
    static std::optional<BundleProfile> fromJson(const QByteArray &bytes, QString *error);
};
