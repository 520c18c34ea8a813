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
    // Failover (docs/failover.md): the address of a second uplink, which the
    // site's backup links use at this end; and whether the site must have more
    // than one path (a finding says when it has one). After `extra`, with
    // defaults, so brace-initialised sites of older code stay what they were.
    QString backupAddress = {};
    bool critical = false;

    // Optional `extra` field (Linux sites): the XFRM interface the site's IPsec
    // children are bound to and its route scripts and firewall use; absent, the
    // default below (docs/generators.md, "Kernel XFRM").
    static constexpr const char *kTunnelInterfaceField = "tunnelInterface";
    static constexpr const char *kDefaultTunnelInterface = "xfrm0";

    bool isHub() const { return role == SiteRole::Hub; }
    // The address this site's end of a link uses: the second uplink's for a
    // backup link when the site has one, else the public address.
    QString addressFor(bool backupLink) const
    {
        return backupLink && !backupAddress.isEmpty() ? backupAddress : publicAddress;
    }
};
