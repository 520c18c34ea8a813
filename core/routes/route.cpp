#include "core/routes/route.h"

QString Route::viaText() const
{
    if (via == Via::ClientTunnel)
        return QStringLiteral("L2TP tunnel to %1").arg(peer);
    QString text = QStringLiteral("link %1 (%2) to %3").arg(link, Enums::toString(transport), peer);
    if (backup)
        text += QStringLiteral(", backup");
    if (metric > 0)
        text += QStringLiteral(", metric %1").arg(metric);
    return text;
}

int Route::metricFor(const Link &link, bool transitThroughSeveralHubs)
{
    const int base = link.metric.value_or(link.isBackup() ? kBackupMetric : 0);
    return base + (transitThroughSeveralHubs ? kTransitMetric : 0);
}
