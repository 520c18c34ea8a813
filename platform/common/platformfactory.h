#pragma once

#include "platform/common/platformbackends.h"
#include "platform/common/platformoptions.h"

class ProcessRunner;

// Picks the backends of the OS this build is for. Each OS folder has its own
// platformfactory<os>.cpp and CMake compiles exactly one: no #if anywhere.
namespace PlatformFactory {

QString osName();
// Options for an installed RouteStudio (helper next to the executable's libexec).
PlatformOptions defaultOptions();
PlatformBackends create(ProcessRunner *runner, const PlatformOptions &options);

} // namespace PlatformFactory
