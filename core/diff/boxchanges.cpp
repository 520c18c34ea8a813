#include "core/diff/boxchanges.h"

QString BoxChanges::statusName(Status s)
{
    switch (s) {
    case Added:
        return QStringLiteral("added");
    case Removed:
        return QStringLiteral("removed");
    case Kept:
        break;
    }
    return QStringLiteral("kept");
}
