#pragma once

#include "core/import/importrun.h"
#include "core/validation/finding.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What one import of the dialog's sources gave: the run (nullopt when a
// source could not be read, with `error` naming it) and the findings of
// validating the imported topology. Computed off the GUI thread.
struct ImportOutcome
{
    QStringList paths;
    std::optional<ImportRun> run;
    QString error;
    QList<Finding> findings;

    static ImportOutcome compute(const QStringList &paths, const ImportRun::Progress &progress);
    // True when the run read at least one file as a format of the import.
    bool readSomething() const { return run && run->filesRead() > 0; }
};
