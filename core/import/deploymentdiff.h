#pragma once

#include "core/diff/boxchanges.h"
#include "core/import/importrun.h"
#include "core/import/sourcetree.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/validation/finding.h"

#include <QList>
#include <QStringList>

// One imported box against what RouteStudio generates for the site it became.
struct BoxComparison
{
    QString label;        // the box's folder or archive name
    BoxChanges changes;   // kind "site", id the site; Added: RouteStudio writes a file the box lacks
    QStringList notGenerated; // the box's other files (installed paths without the leading '/')
    // RouterOS and IOS boxes: what was compared with what, and what was not (VendorComparison).
    QStringList notes = {};
};

// What adopting RouteStudio changes on the imported boxes (issue 15, item 5):
// each box's own files against the files generated for its site, matched by
// where they are installed (a copy of / and a copy of /etc alike), compared by
// BoxDiff. A box file RouteStudio does not write is listed by name only:
// RouteStudio leaves it alone. The site folder's README.md is instructions for
// the admin, not a file on the box, and is not compared. Secret values never
// reach the result: the mask holds `secrets` and every secret the import's
// parsers met on the boxes, and a secret-bearing file (generated 0600) whose
// box copy the import did not read cleanly is withheld whole. Pure.
struct DeploymentDiff
{
    QList<Finding> findings; // of generating `topology`
    QList<BoxComparison> boxes;
    QString error;
    bool ok = false;

    // `imported` is the import of `trees` (box i became its site i); `topology`
    // is what is generated: the imported one, or an edited version of it.
    static DeploymentDiff run(const QList<SourceTree> &trees, const ImportRun &imported,
                              const Topology &topology, const Secrets &secrets, int context = 3);

    int changedBoxes() const;
};
