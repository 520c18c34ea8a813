#pragma once

#include "app/cli/clicontext.h"

// Entry points of the CLI commands, one file each.
namespace Commands {

int validate(CliContext &c);
int routes(CliContext &c);
int mtu(CliContext &c);
int example(CliContext &c);
int generate(CliContext &c);
int exportBundles(CliContext &c);
int diff(CliContext &c);
int secrets(CliContext &c);
int importBoxes(CliContext &c);
int check(CliContext &c);

} // namespace Commands
