#pragma once

#include <QString>
#include <functional>

// One step of BundleExport::run: `done` of `total` steps finished, `item` is
// what comes next (a bundle or archive name). While building (`writing`
// false) returning false from the callback cancels the export and nothing
// is written; the short write phase that follows is not interrupted, so an
// export either writes every archive or none.
struct ExportStep
{
    int done = 0;
    int total = 0;
    QString item;
    bool writing = false;
};

using ExportProgress = std::function<bool(const ExportStep &step)>;
