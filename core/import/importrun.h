#pragma once

#include "core/import/boxscanner.h"
#include "core/import/sourcetree.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

// One import: every box scanned, then mapped together into one topology and
// its secrets. The boxes keep their logs and file formats for the report.
// The CLI's `import` and the editor's File → Import… both run it.
struct ImportRun
{
    QList<BoxScan> boxes;
    Topology topology;
    Secrets secrets;

    // Called after each step (a box read, a box scanned) on the running thread.
    using Progress = std::function<void(int done, int total, const QString &box)>;

    static ImportRun run(const QList<SourceTree> &trees, const Progress &progress = {});
    // Each path is one box, read as `import` reads its arguments
    // (BoxSourceLoader::load: a folder, an archive or a single file), then
    // run(). nullopt with *error (the path and why) when one cannot be read.
    static std::optional<ImportRun> fromPaths(const QStringList &paths, QString *error,
                                              const Progress &progress = {});
    bool hasErrors() const;
    // Files read as one of the import's formats, over every box.
    int filesRead() const;
};
