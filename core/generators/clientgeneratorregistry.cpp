#include "core/generators/clientgeneratorregistry.h"

namespace ClientGeneratorRegistry {

const std::vector<std::unique_ptr<ClientGenerator>> &all()
{
    static const std::vector<std::unique_ptr<ClientGenerator>> generators = [] {
        std::vector<std::unique_ptr<ClientGenerator>> g;
        // Client generators register here, one line each.
        return g;
    }();
    return generators;
}

} // namespace ClientGeneratorRegistry
