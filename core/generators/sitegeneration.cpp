#include "core/generators/sitegeneration.h"

#include "core/generators/generatorregistry.h"
#include "core/validation/validator.h"

SiteGeneration SiteGeneration::run(const Topology &topology, const Secrets &secrets)
{
    SiteGeneration result;
    result.findings = Validator::validate(topology, &secrets);
    if (Validator::hasErrors(result.findings))
        return result;
    const RouteTable routes = RouteTable::build(topology);
    const GeneratorInput input{topology, secrets, routes};
    for (const Site &site : topology.sites) {
        QList<GeneratedFile> &files = result.filesBySite[site.id];
        for (const auto &generator : GeneratorRegistry::all()) {
            if (generator->appliesTo(site))
                files += generator->generate(input, site);
        }
    }
    result.ok = true;
    return result;
}
