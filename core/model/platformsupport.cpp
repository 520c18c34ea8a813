#include "core/model/platformsupport.h"

bool PlatformSupport::routeBasedOnly(Platform p)
{
    return p == Platform::CiscoIos || p == Platform::Pfsense;
}

bool PlatformSupport::generatesL2tpLink(Platform p)
{
    return !routeBasedOnly(p);
}

bool PlatformSupport::generatesFailover(Platform)
{
    return true;
}

bool PlatformSupport::probesFailover(Platform p)
{
    return p == Platform::Mikrotik || p == Platform::Pfsense;
}
