#include "core/io/loaderror.h"

QString LoadError::toString() const
{
    QString where = file;
    if (line > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line) + u':'
                 + QString::number(column);
    }
    if (!path.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(": ")) + path;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}
