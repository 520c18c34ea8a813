#include "ui/monitor/statecolors.h"

#include <QCoreApplication>

namespace StateColors {

QColor color(TargetState state)
{
    switch (state) {
    case TargetState::Up: return QColor(0x2e, 0x9d, 0x4f);
    case TargetState::Degraded: return QColor(0xe0, 0x9b, 0x12);
    case TargetState::Down: return QColor(0xd0, 0x32, 0x2f);
    case TargetState::Unknown: break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString label(TargetState state)
{
    switch (state) {
    case TargetState::Up: return QCoreApplication::translate("StateColors", "Up");
    case TargetState::Degraded: return QCoreApplication::translate("StateColors", "Degraded");
    case TargetState::Down: return QCoreApplication::translate("StateColors", "Down");
    case TargetState::Unknown: break;
    }
    return QCoreApplication::translate("StateColors", "Unknown");
}

} // namespace StateColors
