#pragma once

#include "platform/common/platformoptions.h"
#include "platform/common/vpnbackend.h"

class ProcessRunner;

// macOS's built-in L2TP client through `scutil --nc`. The VPN service comes
// from the .mobileconfig the admin's bundle carries (installed by the user in
// System Settings → Profiles; its PSK and password live in the keychain), so
// ensureProfile only checks `scutil --nc list` and RouteStudio never passes
// --password or --secret: `scutil --nc start "N" --user U`, then
// `scutil --nc status "N"` until Connected; `scutil --nc stop "N"`.
class ScutilVpnBackend final : public VpnBackend
{
public:
    ScutilVpnBackend(ProcessRunner *runner, const PlatformOptions &options);

    QString name() const override { return QStringLiteral("scutil"); }
    bool ensureProfile(const ClientProfile &profile, QString *error) override;
    bool connect(const ClientProfile &profile, QString *error) override;
    bool disconnect(const ClientProfile &profile, QString *error) override;
    VpnState status(const ClientProfile &profile, QString *error) override;
    std::optional<TunnelInfo> tunnel(const ClientProfile &profile, QString *error) override;

    // Parses `scutil --nc status` output: its first line and the IPv4 block.
    static VpnState parseState(const QString &output);
    static std::optional<TunnelInfo> parseTunnel(const QString &output);

    void setPollIntervalMs(int ms) { m_pollMs = ms; }

private:
    QString statusOutput(const ClientProfile &p, QString *error, bool *ok);

    ProcessRunner *m_runner;
    PlatformOptions m_options;
    int m_pollMs = 500;
};
