#include "core/monitor/probetarget.h"

QString ProbeTarget::scope() const
{
    if (!profile.isEmpty())
        return QStringLiteral("profile %1").arg(profile);
    if (!link.isEmpty())
        return QStringLiteral("link %1").arg(link);
    if (!site.isEmpty())
        return QStringLiteral("site %1").arg(site);
    return QStringLiteral("host");
}
