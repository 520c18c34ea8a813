#pragma once

#include "platform/common/platformoptions.h"
#include "platform/common/routebackend.h"

class ProcessRunner;

// Windows routes through PowerShell, one process per batch. Tunnel routes are
// Add-VpnConnectionRoute on the VPN profile (Windows re-applies them on every
// reconnect, the fix for routes lost when the pool address changes); the
// pinned server route uses New-NetRoute -NextHop in the ActiveStore (gone at
// reboot, like `route add` without -p). A failure in the middle undoes the
// routes the same script added before it.
class PowerShellRouteBackend final : public RouteBackend
{
public:
    PowerShellRouteBackend(ProcessRunner *runner, const PlatformOptions &options);

    QString name() const override { return QStringLiteral("PowerShell routes"); }
    bool add(const QList<RouteSpec> &routes, QString *error) override;
    bool remove(const QList<RouteSpec> &routes, QString *error) override;
    std::optional<QList<SystemRoute>> list(const QString &interface, QString *error) override;
    std::optional<RouteLookup> lookup(Ipv4Address address, QString *error) override;

    static QString addScript();
    static QString removeScript();

private:
    ProcessRunner *m_runner;
    PlatformOptions m_options;
};
