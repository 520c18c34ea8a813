#pragma once

#include "core/monitor/monitorthresholds.h"

#include <QString>
#include <optional>

// The thresholds and probe interval the user chose, kept in QSettings under a
// group per window ("monitor/editor", "monitor/connect") so the next start
// uses them. Values that no longer pass MonitorThresholds::isValid() are
// ignored (the defaults apply).
namespace MonitorSettings {

std::optional<MonitorThresholds> thresholds(const QString &group);
std::optional<int> intervalMs(const QString &group);
void saveThresholds(const QString &group, const MonitorThresholds &thresholds);
void saveIntervalMs(const QString &group, int ms);

} // namespace MonitorSettings
