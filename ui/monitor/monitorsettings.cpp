#include "ui/monitor/monitorsettings.h"

#include <QSettings>

namespace MonitorSettings {

namespace {

QString key(const QString &group, const char *name)
{
    return group + QLatin1Char('/') + QLatin1String(name);
}

} // namespace

std::optional<MonitorThresholds> thresholds(const QString &group)
{
    const QSettings s;
    if (!s.contains(key(group, "window")))
        return std::nullopt;
    MonitorThresholds t;
    t.window = s.value(key(group, "window"), t.window).toInt();
    t.degradedRttMs = s.value(key(group, "degradedRttMs"), t.degradedRttMs).toDouble();
    t.degradedLoss = s.value(key(group, "degradedLoss"), t.degradedLoss).toDouble();
    t.downLoss = s.value(key(group, "downLoss"), t.downLoss).toDouble();
    t.downAfterLost = s.value(key(group, "downAfterLost"), t.downAfterLost).toInt();
    QString ignored;
    return t.isValid(&ignored) ? std::optional<MonitorThresholds>(t) : std::nullopt;
}

std::optional<int> intervalMs(const QString &group)
{
    bool ok = false;
    const int ms = QSettings().value(key(group, "intervalMs")).toInt(&ok);
    return ok && ms > 0 ? std::optional<int>(ms) : std::nullopt;
}

void saveThresholds(const QString &group, const MonitorThresholds &t)
{
    QSettings s;
    s.setValue(key(group, "window"), t.window);
    s.setValue(key(group, "degradedRttMs"), t.degradedRttMs);
    s.setValue(key(group, "degradedLoss"), t.degradedLoss);
    s.setValue(key(group, "downLoss"), t.downLoss);
    s.setValue(key(group, "downAfterLost"), t.downAfterLost);
}

void saveIntervalMs(const QString &group, int ms)
{
    QSettings().setValue(key(group, "intervalMs"), ms);
}

} // namespace MonitorSettings
