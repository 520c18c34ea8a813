#include "core/routes/route.h"

QString Route::viaText() const
{
    if (via == Via::ClientTunnel)
        return QStringLiteral("L2TP tunnel to %1").arg(peer);
    return QStringLiteral("link %1 (%2) to %3").arg(link, Enums::toString(transport), peer);
}
