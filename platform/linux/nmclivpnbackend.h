#pragma once

#include "platform/common/platformoptions.h"
#include "platform/common/vpnbackend.h"

class ProcessRunner;

// NetworkManager-l2tp through nmcli. The connection carries no secret:
// password-flags=1 and ipsec-psk-flags=1 (agent-owned) make NetworkManager
// ask the agent, and `nmcli connection up ... passwd-file F` is that agent,
// reading both secrets from a 0600 file in $XDG_RUNTIME_DIR that is deleted
// as soon as nmcli returns. RouteStudio installs the routes itself, so the
// connection never takes the default route (ipv4.never-default yes).
class NmcliVpnBackend final : public VpnBackend
{
public:
    NmcliVpnBackend(ProcessRunner *runner, const PlatformOptions &options);

    QString name() const override { return QStringLiteral("nmcli"); }
    bool ensureProfile(const ClientProfile &profile, QString *error) override;
    bool connect(const ClientProfile &profile, QString *error) override;
    bool disconnect(const ClientProfile &profile, QString *error) override;
    VpnState status(const ClientProfile &profile, QString *error) override;
    std::optional<TunnelInfo> tunnel(const ClientProfile &profile, QString *error) override;

    // The vpn.data value for a profile (nm-l2tp keys), exposed for tests.
    static QString vpnData(const ClientProfile &profile);
    // The passwd-file content (secrets; never logged).
    static QByteArray passwdFile(const ClientProfile &profile);

private:
    static constexpr int kNmcliNotFound = 10; // nmcli: connection/device not found

    ProcessRunner *m_runner;
    PlatformOptions m_options;
};
