#pragma once

#include "core/diff/boxchanges.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/validation/finding.h"

#include <QList>

// What changes on each box between two versions of a topology: runs site and
// client generation on both (same secrets) and compares each box's files.
// Boxes are the sites (old order, then new ones) and every profile/user pair.
// Refuses (ok false) when either version has validation errors; the findings
// say which. Secret values never reach the result (SecretMask).
struct TopologyDiff
{
    QList<Finding> oldFindings;
    QList<Finding> newFindings;
    QList<BoxChanges> boxes; // every box, changed or not, so views can list all
    QString error;
    bool ok = false;

    static TopologyDiff run(const Topology &oldTopology, const Topology &newTopology,
                            const Secrets &secrets, int context = 3);

    int changedBoxes() const;
};
