#include "core/generators/clientgeneration.h"

#include "core/generators/clientgeneratorregistry.h"
#include "core/generators/generationplan.h"

ClientGeneration ClientGeneration::run(const GenerationPlan &plan, const QString &profileId,
                                       const QString &user)
{
    ClientGeneration result;
    const Profile *profile = plan.topology().profile(profileId);
    if (!profile) {
        result.error = QStringLiteral("no profile \"%1\" in the topology").arg(profileId);
        return result;
    }
    if (!profile->users.contains(user)) {
        result.error = QStringLiteral("user \"%1\" is not in profile %2").arg(user, profileId);
        return result;
    }
    result.findings = plan.findings();
    if (!plan.ok()) {
        result.error = QStringLiteral("the topology has validation errors");
        return result;
    }
    const GeneratorInput input = plan.input();
    for (const auto &generator : ClientGeneratorRegistry::all())
        result.files += generator->generate(input, *profile, user);
    result.ok = true;
    return result;
}

ClientGeneration ClientGeneration::run(const Topology &topology, const Secrets &secrets,
                                       const QString &profileId, const QString &user)
{
    return run(GenerationPlan(topology, secrets), profileId, user);
}
