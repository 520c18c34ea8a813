#include "core/model/platformsupport.h"

bool PlatformSupport::routeBasedOnly(Platform p)
{
    return p == Platform::CiscoIos || p == Platform::Pfsense;
}

bool PlatformSupport::generatesL2tpLink(Platform p)
{
    return !routeBasedOnly(p);
}

bool PlatformSupport::generatesFailover(Platform p)
{
    return p == Platform::LinuxStrongswan || p == Platform::CiscoIos;
}
