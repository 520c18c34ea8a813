#pragma once

#include "platform/common/clientprofile.h"
#include "platform/common/tunnelinfo.h"
#include "platform/common/vpnstate.h"

#include <optional>

// Drives the OS's own VPN client (nmcli, PowerShell + rasdial, scutil). Every
// call blocks on ProcessRunner (which keeps the event loop alive) and returns
// false / nullopt with a sentence in `error` on failure. Secrets reach the OS
// tool through stdin or a 0600 file, never through argv.
class VpnBackend
{
public:
    virtual ~VpnBackend() = default;

    virtual QString name() const = 0;
    // Creates the OS profile, or updates it to match.
    virtual bool ensureProfile(const ClientProfile &profile, QString *error) = 0;
    virtual bool connect(const ClientProfile &profile, QString *error) = 0;
    virtual bool disconnect(const ClientProfile &profile, QString *error) = 0;
    virtual VpnState status(const ClientProfile &profile, QString *error) = 0;
    // The PPP interface and addresses of the connected VPN.
    virtual std::optional<TunnelInfo> tunnel(const ClientProfile &profile, QString *error) = 0;
};
