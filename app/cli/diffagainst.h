#pragma once

#include "app/cli/clicontext.h"

#include <QString>

// `routestudio-cli diff --against DIR`: what adopting RouteStudio changes on
// the boxes in DIR (DeploymentDiff). Exit 0: no generated file differs from
// the box's; 1: some do; 2: DIR cannot be read or its import does not
// validate (nothing generated to compare with).
namespace DiffAgainst {

int run(CliContext &c, const QString &dir, bool json, int context);

} // namespace DiffAgainst
