#pragma once

#include "core/generators/clientgenerator.h"

#include <memory>
#include <vector>

// The one place every client generator is registered.
namespace ClientGeneratorRegistry {

const std::vector<std::unique_ptr<ClientGenerator>> &all();

} // namespace ClientGeneratorRegistry
