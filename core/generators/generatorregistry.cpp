#include "core/generators/generatorregistry.h"

namespace GeneratorRegistry {

const std::vector<std::unique_ptr<Generator>> &all()
{
    static const std::vector<std::unique_ptr<Generator>> generators = [] {
        std::vector<std::unique_ptr<Generator>> g;
        // Generators register here, one line each.
        return g;
    }();
    return generators;
}

} // namespace GeneratorRegistry
