#include "core/io/loaderror.h"

#include "core/validation/valuerules.h"

// Escaped as findings are: a file name, path or value with an escape sequence
// or newline never reaches a terminal raw.
QString LoadError::toString() const
{
    QString where = file;
    if (line > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line) + u':'
                 + QString::number(column);
    }
    if (!path.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(": ")) + path;
    return ValueRules::escapeControls(where.isEmpty() ? message : where + QStringLiteral(": ") + message);
}
