#include "core/monitor/monitorthresholds.h"

bool MonitorThresholds::isValid(QString *error) const
{
    QString why;
    if (window < 1 || window > 10000)
        why = QStringLiteral("window must be 1 to 10000 probes (is %1)").arg(window);
    else if (!(degradedRttMs > 0.0) || degradedRttMs > 60000.0)
        why = QStringLiteral("degraded RTT must be above 0 and at most 60000 ms (is %1)")
                  .arg(degradedRttMs);
    else if (!(degradedLoss > 0.0) || degradedLoss > 1.0)
        why = QStringLiteral("degraded loss must be above 0 and at most 1 (is %1)")
                  .arg(degradedLoss);
    else if (!(downLoss > 0.0) || downLoss > 1.0)
        why = QStringLiteral("down loss must be above 0 and at most 1 (is %1)").arg(downLoss);
    else if (downLoss < degradedLoss)
        why = QStringLiteral("down loss (%1) must not be below degraded loss (%2)")
                  .arg(downLoss)
                  .arg(degradedLoss);
    else if (downAfterLost < 1 || downAfterLost > window)
        why = QStringLiteral("lost probes before down must be 1 to the window size %1 (is %2)")
                  .arg(window)
                  .arg(downAfterLost);
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    return false;
}
