#include "platform/common/platformfactory.h"

#include "platform/windows/powershellroutebackend.h"
#include "platform/windows/rasdialvpnbackend.h"

QString PlatformFactory::osName()
{
    return QStringLiteral("windows");
}

PlatformOptions PlatformFactory::defaultOptions()
{
    PlatformOptions o;
    o.elevation.clear(); // per-user VPN profiles and their routes need no elevation
    return o;
}

PlatformBackends PlatformFactory::create(ProcessRunner *runner, const PlatformOptions &options)
{
    PlatformBackends b;
    b.vpn = std::make_unique<RasdialVpnBackend>(runner, options);
    b.routes = std::make_unique<PowerShellRouteBackend>(runner, options);
    return b;
}
