#include "core/check/livechecks.h"

void LiveChecks::forwarding(const LiveState &live, QList<CheckFinding> &out)
{
    if (!live.forwarding || *live.forwarding == QLatin1String("1"))
        return;
    out.append({QStringLiteral("forwarding-off"),
                QStringLiteral("IPv4 forwarding is off: the box does not route between its LANs "
                               "and the tunnels"),
                QStringLiteral("net.ipv4.ip_forward = %1").arg(*live.forwarding),
                QStringLiteral("sysctl -w net.ipv4.ip_forward=1, and install the generated "
                               "etc/sysctl.d/60-routestudio.conf so it stays on")});
}
