#include "core/generators/generatorregistry.h"

#include "core/generators/cisco/ciscoiosgenerator.h"
#include "core/generators/linux/linuxgenerator.h"
#include "core/generators/mikrotik/mikrotikgenerator.h"
#include "core/generators/pfsense/pfsensegenerator.h"

namespace GeneratorRegistry {

const std::vector<std::unique_ptr<Generator>> &all()
{
    static const std::vector<std::unique_ptr<Generator>> generators = [] {
        std::vector<std::unique_ptr<Generator>> g;
        // Generators register here, one line each.
        g.push_back(std::make_unique<CiscoIosGenerator>());
        g.push_back(std::make_unique<MikrotikGenerator>());
        g.push_back(std::make_unique<PfsenseGenerator>());
        g.push_back(std::make_unique<LinuxGenerator>()); // its files: LinuxFiles groups
        return g;
    }();
    return generators;
}

} // namespace GeneratorRegistry
