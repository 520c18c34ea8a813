#pragma once

#include "platform/common/routebackend.h"
#include "platform/common/vpnbackend.h"

#include <memory>

// The backends of one OS, as the factory hands them out.
struct PlatformBackends
{
    std::unique_ptr<VpnBackend> vpn;
    std::unique_ptr<RouteBackend> routes;
};
