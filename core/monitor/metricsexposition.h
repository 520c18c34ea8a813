#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

class TunnelMonitor;

// The monitor's figures in the Prometheus text exposition format 0.0.4:
//   routestudio_tunnel_up{profile,link,site}           1/0 per monitored scope
//   routestudio_rtt_seconds{profile,link,site,target,address}  mean RTT in the window
//   routestudio_loss_ratio{profile,link,site,target,address}   lost / sent in the window
//   routestudio_routes_installed{profile}              routes found in the tunnel
//   routestudio_check_failures{site}                   faults `check` named on the box (docs/check.md)
// Series without data (no probe yet, no reply in the window) are left out.
namespace MetricsExposition {

inline constexpr char kContentType[] = "text/plain; version=0.0.4; charset=utf-8";

// Label value escaping: backslash, double quote and line feed.
QString escapeLabelValue(const QString &value);
// A sample value: shortest round-trip decimal, NaN, +Inf, -Inf.
QString formatValue(double value);

// `routesInstalled`: profile id -> routes the last tunnel check found in place.
// `checkFailures`: site id -> faults the last check of its collection named.
QByteArray render(const TunnelMonitor &monitor, const QMap<QString, int> &routesInstalled,
                  const QMap<QString, int> &checkFailures = {});

} // namespace MetricsExposition
