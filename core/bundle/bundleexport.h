#pragma once

#include "core/bundle/archiveformat.h"
#include "core/bundle/exportselection.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/validation/finding.h"

#include <QStringList>

// Generates, bundles and writes archives into a folder: site-<id>.<ext> per
// selected site, user-<profile>-<user>.<ext> per selected user (mode 0600,
// atomic writes) and, for ExportSelection::All, the Ansible folder. Nothing is
// written unless every bundle could be built. Refuses on validation errors.
struct BundleExport
{
    QList<Finding> findings;
    QStringList written;  // paths, in the order written
    QStringList warnings; // non-fatal, for the user
    QString error;
    bool validationFailed = false;
    bool ok = false;

    static BundleExport run(const Topology &topology, const Secrets &secrets,
                            const ExportSelection &selection, ArchiveFormat format,
                            const QString &outDir);
};
