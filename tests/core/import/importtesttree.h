#pragma once

#include "core/import/importlog.h"
#include "core/import/sourcetree.h"

#include <QList>
#include <QStringList>
#include <utility>

// In-memory boxes for the import tests.
namespace ImportTestTree {

inline SourceTree make(const QList<std::pair<QString, QByteArray>> &files,
                       const QString &label = QStringLiteral("box"))
{
    SourceTree t(label);
    QString error;
    for (const auto &[path, bytes] : files) {
        if (!t.add(path, bytes, &error))
            qFatal("%s", qPrintable(error));
    }
    return t;
}

inline QStringList notes(const ImportLog &log, ImportNote::Kind kind)
{
    QStringList out;
    for (const ImportNote &n : log.ofKind(kind))
        out << n.place.toString() + u' ' + (n.statement.isEmpty() ? n.detail : n.statement + u" | " + n.detail);
    return out;
}

} // namespace ImportTestTree
