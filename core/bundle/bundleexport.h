#pragma once

#include "core/bundle/archiveformat.h"
#include "core/bundle/exportedarchive.h"
#include "core/bundle/exportprogress.h"
#include "core/bundle/exportselection.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/validation/finding.h"

#include <QList>
#include <QStringList>

// Generates, bundles and writes archives into a folder: site-<id>.<ext> per
// selected site, user-<profile>-<user>.<ext> per selected user (mode 0600,
// atomic writes) and, for ExportSelection::All, the Ansible folder
// (ExportPlan decides which). Nothing is written unless every bundle could be
// built, and nothing when `progress` cancels (see ExportStep). Refuses on
// validation errors. The CLI's `export` and the editor's export dialog both
// run this.
struct BundleExport
{
    QList<Finding> findings;
    QStringList written;             // every path, in the order written
    QList<ExportedArchive> archives; // the archives among them, with size and SHA-256
    QStringList warnings;            // non-fatal, for the user
    QString error;
    bool validationFailed = false;
    bool cancelled = false;
    bool ok = false;

    static BundleExport run(const Topology &topology, const Secrets &secrets,
                            const ExportSelection &selection, ArchiveFormat format,
                            const QString &outDir, const ExportProgress &progress = {});
};
