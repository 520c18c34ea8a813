#pragma once

#include "core/import/deploymentdiff.h"

#include <QString>
#include <QStringList>

// One comparison of a folder of boxes with what RouteStudio generates: the
// boxes loaded as `import` reads a folder (BoxSourceLoader::loadDeployment),
// imported, and compared (DeploymentDiff) with the generation of `topology`,
// or of the imported topology when it is null. PSKs and passwords neither
// `secrets` nor the boxes hold get placeholders (masked like every secret).
// `routestudio-cli diff --against DIR` and the editor's "Compare with
// imported files" both run it.
struct DeploymentCompare
{
    QString error;            // DIR cannot be read: nothing else is set
    bool readErrors = false;  // some files could not be read (`import` reports where)
    QStringList placeholders; // secrets compared as placeholders
    DeploymentDiff diff;

    static DeploymentCompare run(const QString &dir, const Topology *topology = nullptr,
                                 const Secrets *secrets = nullptr, int context = 3);
};
