#pragma once

#include "app/cli/clicontext.h"

// One `routestudio-cli <name>` command.
struct CliCommand
{
    const char *name;
    const char *synopsis;
    const char *summary;
    int (*run)(CliContext &context);
};

namespace CliCommands {
// The registry: every command, in the order --help lists them.
const QList<CliCommand> &all();
} // namespace CliCommands
