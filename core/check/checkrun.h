#pragma once

#include "core/check/checkfinding.h"
#include "core/generators/generationplan.h"
#include "core/validation/finding.h"

#include <QMap>
#include <QSet>

// Every box of a folder of collections against the plan (docs/check.md,
// "Editor and Monitor"): the folder holds one collection per site, named by
// the site id, as the Ansible audit play writes them (collections/<site>/).
// Linux sites without a folder are not checked; nothing is without a plan
// that passed validation with its secrets. Pure; per site, only that site's
// collection and plan.
namespace CheckRun {

struct Result
{
    QMap<QString, QList<CheckFinding>> faults; // site id -> its faults
    QMap<QString, QSet<QString>> activeLinks;  // site id -> links carrying traffic now
};

Result folder(const GenerationPlan &plan, const QString &folder);

// The same as editor findings: one error a fault, code "check-<code>", on the
// site (its card is marked, the Findings list shows it).
QList<Finding> asFindings(const Topology &topology,
                          const QMap<QString, QList<CheckFinding>> &faults);

} // namespace CheckRun
