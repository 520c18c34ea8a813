#include "core/generators/clientgeneratorregistry.h"

#include "core/generators/clients/macosgenerator.h"
#include "core/generators/clients/networkmanagergenerator.h"
#include "core/generators/clients/windowsgenerator.h"

namespace ClientGeneratorRegistry {

const std::vector<std::unique_ptr<ClientGenerator>> &all()
{
    static const std::vector<std::unique_ptr<ClientGenerator>> generators = [] {
        std::vector<std::unique_ptr<ClientGenerator>> g;
        // Client generators register here, one line each.
        g.push_back(std::make_unique<NetworkManagerGenerator>());
        g.push_back(std::make_unique<WindowsGenerator>());
        g.push_back(std::make_unique<MacosGenerator>());
        return g;
    }();
    return generators;
}

} // namespace ClientGeneratorRegistry
