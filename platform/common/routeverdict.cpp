#include "platform/common/routeverdict.h"

#include <QCoreApplication>

QString RouteVerdict::stateText(State s)
{
    switch (s) {
    case State::Planned:
        return QCoreApplication::translate("RouteVerdict", "planned");
    case State::Refused:
        return QCoreApplication::translate("RouteVerdict", "refused");
    case State::Installed:
        return QCoreApplication::translate("RouteVerdict", "installed");
    case State::Verified:
        return QCoreApplication::translate("RouteVerdict", "verified");
    case State::NotVerified:
        return QCoreApplication::translate("RouteVerdict", "not verified");
    case State::Removed:
        return QCoreApplication::translate("RouteVerdict", "removed");
    case State::Failed:
        return QCoreApplication::translate("RouteVerdict", "failed");
    }
    return {};
}
