#pragma once

#include "core/check/checkfinding.h"
#include "core/check/livestate.h"
#include "core/generators/generatedfile.h"
#include "core/generators/generatorinput.h"
#include "core/generators/linux/linuxsiteplan.h"

// A Linux box's live state against what the topology plans for its site
// (issue 17, docs/check.md): one finding per troubleshooting item, each with
// its evidence and fix. `generated` are the site's generated files (the
// firewall rules expected loaded, the files expected installed); without them
// (no secrets given) those two items are not checked. Pure.
namespace BoxCheck {

QList<CheckFinding> run(const GeneratorInput &input, const Site &site, const LiveState &live,
                        const QList<GeneratedFile> *generated);
// The same with the site's plan made already (a caller that needs it too).
QList<CheckFinding> run(const LinuxSitePlan &plan, const LiveState &live,
                        const QList<GeneratedFile> *generated);

} // namespace BoxCheck
