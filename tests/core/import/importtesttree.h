#pragma once

#include "core/import/importlog.h"
#include "core/import/importrun.h"
#include "core/import/sourcetree.h"

#include <QFile>
#include <QList>
#include <QTest>
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

// The import of folders of tests/data (each one box), as the CLI runs it.
inline ImportRun importData(const QStringList &folders)
{
    QStringList paths;
    for (const QString &f : folders)
        paths << QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/") + f;
    QString error;
    const auto run = ImportRun::fromPaths(paths, &error);
    if (!run)
        qFatal("%s", qPrintable(error));
    return *run;
}

inline QStringList sorted(const QList<Ipv4Prefix> &list)
{
    QStringList out;
    for (const Ipv4Prefix &p : list)
        out << p.toString();
    out.sort();
    return out;
}

// Compares `text` with the golden file (ROUTESTUDIO_UPDATE_GOLDEN=1 rewrites it).
inline void golden(const QString &text, const QString &file)
{
    QFile golden(file);
    if (qEnvironmentVariableIntValue("ROUTESTUDIO_UPDATE_GOLDEN") == 1) {
        QVERIFY(golden.open(QIODevice::WriteOnly));
        golden.write(text.toUtf8());
        return;
    }
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(text, QString::fromUtf8(golden.readAll()));
}

} // namespace ImportTestTree
