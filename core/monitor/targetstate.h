#pragma once

#include <QString>

// What the monitor says about a target (and, aggregated, a link, site or
// profile). Ordered from best to worst so that aggregation is max().
enum class TargetState { Unknown, Up, Degraded, Down };

namespace TargetStates {

QString toString(TargetState state); // "unknown", "up", "degraded", "down"
// The worse of the two; Unknown only when both are Unknown.
TargetState worst(TargetState a, TargetState b);

} // namespace TargetStates
