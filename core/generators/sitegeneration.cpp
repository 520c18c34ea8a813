#include "core/generators/sitegeneration.h"

#include "core/generators/generatorregistry.h"
#include "core/validation/validator.h"

namespace {

QList<GeneratedFile> filesOf(const GeneratorInput &input, const Site &site)
{
    QList<GeneratedFile> files;
    for (const auto &generator : GeneratorRegistry::all()) {
        if (generator->appliesTo(site))
            files += generator->generate(input, site);
    }
    return files;
}

// Validates, then generates every site that `wanted` accepts.
template <typename Wanted>
SiteGeneration generate(const Topology &topology, const Secrets &secrets, Wanted wanted)
{
    SiteGeneration result;
    result.findings = Validator::validate(topology, &secrets);
    if (Validator::hasErrors(result.findings))
        return result;
    const RouteTable routes = RouteTable::build(topology);
    const GeneratorInput input{topology, secrets, routes};
    for (const Site &site : topology.sites) {
        if (wanted(site))
            result.filesBySite.insert(site.id, filesOf(input, site));
    }
    result.ok = true;
    return result;
}

} // namespace

SiteGeneration SiteGeneration::run(const Topology &topology, const Secrets &secrets)
{
    return generate(topology, secrets, [](const Site &) { return true; });
}

SiteGeneration SiteGeneration::forSite(const Topology &topology, const Secrets &secrets,
                                       const QString &siteId)
{
    return generate(topology, secrets, [&siteId](const Site &s) { return s.id == siteId; });
}
