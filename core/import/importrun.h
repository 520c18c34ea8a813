#pragma once

#include "core/import/boxscanner.h"
#include "core/import/sourcetree.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QList>

// One import: every box scanned, then mapped together into one topology and
// its secrets. The boxes keep their logs and file formats for the report.
struct ImportRun
{
    QList<BoxScan> boxes;
    Topology topology;
    Secrets secrets;

    static ImportRun run(const QList<SourceTree> &trees);
    bool hasErrors() const;
};
