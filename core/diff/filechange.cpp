#include "core/diff/filechange.h"

QString FileChange::statusName(Status s)
{
    switch (s) {
    case Added:
        return QStringLiteral("added");
    case Removed:
        return QStringLiteral("removed");
    case Changed:
        break;
    }
    return QStringLiteral("changed");
}
