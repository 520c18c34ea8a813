#include "core/import/deploymentcompare.h"

#include "core/import/boxsourceloader.h"
#include "core/model/secretgenerator.h"

DeploymentCompare DeploymentCompare::run(const QString &dir, const Topology *topology,
                                         const Secrets *secrets, int context)
{
    DeploymentCompare c;
    const auto trees = BoxSourceLoader::loadDeployment(dir, &c.error);
    if (!trees)
        return c;
    c.error.clear();
    const ImportRun imported = ImportRun::run(*trees);
    c.readErrors = imported.hasErrors();
    const Topology &generated = topology ? *topology : imported.topology;
    Secrets filled = secrets ? *secrets : imported.secrets;
    c.placeholders = SecretGenerator::fillMissing(generated, &filled);
    c.diff = DeploymentDiff::run(*trees, imported, generated, filled, context);
    return c;
}
