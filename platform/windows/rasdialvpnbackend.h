#pragma once

#include "platform/common/platformoptions.h"
#include "platform/common/vpnbackend.h"

class ProcessRunner;

// Windows' built-in L2TP/IPsec client. The profile is created or updated by
// Add-VpnConnection / Set-VpnConnection (PSK via stdin JSON, see
// PowerShellScript); `rasdial "N" user *` dials, reading the password from
// stdin instead of argv; `rasdial "N" /disconnect` hangs up; `rasdial` alone
// lists the connected entries. The tunnel "interface" is the connection's
// own interface alias (its name), which the route backend uses.
class RasdialVpnBackend final : public VpnBackend
{
public:
    RasdialVpnBackend(ProcessRunner *runner, const PlatformOptions &options);

    QString name() const override { return QStringLiteral("rasdial"); }
    bool ensureProfile(const ClientProfile &profile, QString *error) override;
    bool connect(const ClientProfile &profile, QString *error) override;
    bool disconnect(const ClientProfile &profile, QString *error) override;
    VpnState status(const ClientProfile &profile, QString *error) override;
    std::optional<TunnelInfo> tunnel(const ClientProfile &profile, QString *error) override;

    static QString ensureScript();
    static QString addressScript();

private:
    ProcessRunner *m_runner;
    PlatformOptions m_options;
};
