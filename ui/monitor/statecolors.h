#pragma once

#include "core/monitor/targetstate.h"

#include <QColor>
#include <QString>

// The one palette for monitor states, shared by the monitor window, the
// editor canvas (sites, links) and the tray icon.
namespace StateColors {

QColor color(TargetState state); // up green, degraded amber, down red, unknown grey
QString label(TargetState state); // translated: "Up", "Degraded", "Down", "Unknown"

} // namespace StateColors
