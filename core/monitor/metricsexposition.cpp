#include "core/monitor/metricsexposition.h"

#include "core/monitor/tunnelmonitor.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace MetricsExposition {

namespace {

struct Label
{
    const char *name;
    QString value;
};

QString labels(std::initializer_list<Label> list)
{
    QStringList parts;
    for (const Label &l : list)
        parts.append(QStringLiteral("%1=\"%2\"").arg(QLatin1String(l.name), escapeLabelValue(l.value)));
    return u'{' + parts.join(u',') + u'}';
}

void header(QString *out, const char *name, const char *help)
{
    *out += QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n")
                .arg(QLatin1String(name), QLatin1String(help));
}

void sample(QString *out, const char *name, const QString &labelText, double value)
{
    *out += QLatin1String(name) + labelText + u' ' + formatValue(value) + u'\n';
}

QString targetLabels(const ProbeTarget &t)
{
    return labels({{"profile", t.profile},
                   {"link", t.link},
                   {"site", t.site},
                   {"target", t.name},
                   {"address", t.address.toString()}});
}

} // namespace

QString escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QString formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray render(const TunnelMonitor &monitor, const QMap<QString, int> &routesInstalled,
                  const QMap<QString, int> &checkFailures)
{
    QString out;
    header(&out, "routestudio_tunnel_up",
           "1 when a monitored tunnel scope (profile, link or site) has a target that is not down.");
    QStringList seen;
    for (const ProbeTarget &t : monitor.targets()) {
        const QString scope = labels({{"profile", t.profile}, {"link", t.link}, {"site", t.site}});
        if (seen.contains(scope))
            continue;
        TargetState state = TargetState::Unknown;
        if (!t.profile.isEmpty())
            state = monitor.profileState(t.profile);
        else if (!t.link.isEmpty())
            state = monitor.linkState(t.link);
        else if (!t.site.isEmpty())
            state = monitor.siteState(t.site);
        else
            state = monitor.state(t.key);
        if (state == TargetState::Unknown)
            continue;
        seen.append(scope);
        // Aggregates are the worst state; "up" means no target of the scope is down.
        sample(&out, "routestudio_tunnel_up", scope, state == TargetState::Down ? 0 : 1);
    }

    header(&out, "routestudio_rtt_seconds",
           "Mean round-trip time of the replies in the rolling window, in seconds.");
    for (const ProbeTarget &t : monitor.targets()) {
        const TargetStats *s = monitor.stats(t.key);
        if (s && s->meanRttMs())
            sample(&out, "routestudio_rtt_seconds", targetLabels(t), *s->meanRttMs() / 1000.0);
    }

    header(&out, "routestudio_loss_ratio",
           "Share of probes without a reply in the rolling window (0 to 1).");
    for (const ProbeTarget &t : monitor.targets()) {
        const TargetStats *s = monitor.stats(t.key);
        if (s && s->count() > 0)
            sample(&out, "routestudio_loss_ratio", targetLabels(t), s->lossRatio());
    }

    header(&out, "routestudio_routes_installed",
           "Routes of the profile that the last tunnel check found pointing into the tunnel.");
    for (auto it = routesInstalled.cbegin(); it != routesInstalled.cend(); ++it)
        sample(&out, "routestudio_routes_installed", labels({{"profile", it.key()}}), it.value());

    header(&out, "routestudio_check_failures",
           "Faults the last routestudio check of the box's collection named (0: every item passes).");
    for (auto it = checkFailures.cbegin(); it != checkFailures.cend(); ++it)
        sample(&out, "routestudio_check_failures", labels({{"site", it.key()}}), it.value());
    return out.toUtf8();
}

} // namespace MetricsExposition
