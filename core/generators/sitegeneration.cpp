#include "core/generators/sitegeneration.h"

#include "core/generators/generationplan.h"
#include "core/generators/generatorregistry.h"

SiteGeneration SiteGeneration::run(const GenerationPlan &plan)
{
    SiteGeneration result;
    result.findings = plan.findings();
    if (!plan.ok())
        return result;
    for (const Site &site : plan.topology().sites)
        result.filesBySite[site.id] += filesOf(plan, site);
    result.ok = true;
    return result;
}

QList<GeneratedFile> SiteGeneration::filesOf(const GenerationPlan &plan, const Site &site)
{
    const GeneratorInput input = plan.input();
    QList<GeneratedFile> files;
    for (const auto &generator : GeneratorRegistry::all()) {
        if (generator->appliesTo(site))
            files += generator->generate(input, site);
    }
    return files;
}

SiteGeneration SiteGeneration::run(const Topology &topology, const Secrets &secrets)
{
    return run(GenerationPlan(topology, secrets));
}

SiteGeneration SiteGeneration::forSite(const Topology &topology, const Secrets &secrets,
                                       const QString &siteId)
{
    const GenerationPlan plan(topology, secrets);
    SiteGeneration result;
    result.findings = plan.findings();
    if (!plan.ok())
        return result;
    if (const Site *site = plan.index().site(siteId))
        result.filesBySite.insert(siteId, filesOf(plan, *site));
    result.ok = true;
    return result;
}
