#pragma once

#include "core/generators/generator.h"

#include <memory>
#include <vector>

// The one place every generator is registered.
namespace GeneratorRegistry {

const std::vector<std::unique_ptr<Generator>> &all();

} // namespace GeneratorRegistry
