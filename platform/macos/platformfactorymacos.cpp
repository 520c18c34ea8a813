#include "platform/common/platformfactory.h"

#include "platform/macos/bsdroutebackend.h"
#include "platform/macos/scutilvpnbackend.h"

QString PlatformFactory::osName()
{
    return QStringLiteral("macos");
}

PlatformOptions PlatformFactory::defaultOptions()
{
    PlatformOptions o;
    o.elevation = {QStringLiteral("sudo"), QStringLiteral("-n")};
    return o;
}

PlatformBackends PlatformFactory::create(ProcessRunner *runner, const PlatformOptions &options)
{
    PlatformBackends b;
    b.vpn = std::make_unique<ScutilVpnBackend>(runner, options);
    b.routes = std::make_unique<BsdRouteBackend>(runner, options);
    return b;
}
