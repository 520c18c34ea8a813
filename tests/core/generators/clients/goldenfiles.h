#pragma once

// Shared by the vendor and client generator tests (header-only: each test is
// one executable). Loads fixtures and compares generated files with golden
// files under tests/data/golden/; ROUTESTUDIO_UPDATE_GOLDEN=1 rewrites them.

#include "core/generators/generatedfile.h"
#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QString>
#include <utility>

namespace GoldenFiles {

inline QString dataDir() { return QStringLiteral(ROUTESTUDIO_TEST_DATA); }

// "seed" is the bundled example; other names are tests/data/topologies/<name>.*.json.
inline bool load(const QString &name, Topology *topology, Secrets *secrets, QString *error)
{
    const QString base = name == QLatin1String("seed")
        ? QStringLiteral(ROUTESTUDIO_SOURCE_DIR "/resources/examples/seed")
        : dataDir() + QStringLiteral("/topologies/") + name;
    LoadError le;
    const auto t = TopologyReader::fromFile(base + QStringLiteral(".topology.json"), &le);
    if (!t) {
        *error = le.toString();
        return false;
    }
    const auto s = SecretsFile::fromFile(base + QStringLiteral(".secrets.json"), &le);
    if (!s) {
        *error = le.toString();
        return false;
    }
    *topology = *t;
    *secrets = *s;
    return true;
}

inline bool updating() { return qEnvironmentVariableIntValue("ROUTESTUDIO_UPDATE_GOLDEN") == 1; }

// Compares `files` with tests/data/golden/<folder>/ (every file there must be
// produced, every produced file must be there). Returns "" on a match.
inline QString compare(const QString &folder, const QList<GeneratedFile> &files)
{
    const QString root = dataDir() + QStringLiteral("/golden/") + folder;
    if (updating()) {
        QDir(root).removeRecursively();
        for (const GeneratedFile &f : files) {
            const QString path = root + QLatin1Char('/') + f.path;
            QDir().mkpath(QFileInfo(path).path());
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size())
                return QStringLiteral("cannot write %1").arg(path);
        }
        return {};
    }
    QSet<QString> expected;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        expected.insert(QDir(root).relativeFilePath(it.next()));
    if (expected.isEmpty())
        return QStringLiteral("no golden files in %1 (run with ROUTESTUDIO_UPDATE_GOLDEN=1)").arg(root);
    for (const GeneratedFile &f : files) {
        QFile in(root + QLatin1Char('/') + f.path);
        if (!in.open(QIODevice::ReadOnly))
            return QStringLiteral("%1/%2: generated but not in the golden files").arg(folder, f.path);
        const QByteArray golden = in.readAll();
        if (golden != f.content) {
            const QList<QByteArray> a = golden.split('\n');
            const QList<QByteArray> b = f.content.split('\n');
            int line = 0;
            while (line < a.size() && line < b.size() && a[line] == b[line])
                ++line;
            return QStringLiteral("%1/%2 differs at line %3:\n golden:    %4\n generated: %5")
                .arg(folder, f.path)
                .arg(line + 1)
                .arg(QString::fromUtf8(a.value(line)), QString::fromUtf8(b.value(line)));
        }
        expected.remove(f.path);
    }
    if (!expected.isEmpty())
        return QStringLiteral("%1: golden files not generated: %2")
            .arg(folder, QStringList(expected.values()).join(QLatin1String(", ")));
    return {};
}

} // namespace GoldenFiles
