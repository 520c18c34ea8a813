#include "ui/import/importoutcome.h"

#include "core/validation/validator.h"

ImportOutcome ImportOutcome::compute(const QStringList &paths, const ImportRun::Progress &progress)
{
    ImportOutcome o;
    o.paths = paths;
    o.run = ImportRun::fromPaths(paths, &o.error, progress);
    if (o.run)
        o.findings = Validator::validate(o.run->topology, &o.run->secrets);
    return o;
}
