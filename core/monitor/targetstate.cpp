#include "core/monitor/targetstate.h"

namespace TargetStates {

QString toString(TargetState state)
{
    switch (state) {
    case TargetState::Up: return QStringLiteral("up");
    case TargetState::Degraded: return QStringLiteral("degraded");
    case TargetState::Down: return QStringLiteral("down");
    case TargetState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

TargetState worst(TargetState a, TargetState b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

} // namespace TargetStates
