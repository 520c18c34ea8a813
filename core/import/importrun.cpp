#include "core/import/importrun.h"

#include "core/import/topologybuilder.h"

ImportRun ImportRun::run(const QList<SourceTree> &trees)
{
    ImportRun r;
    for (const SourceTree &t : trees)
        r.boxes.append(BoxScan::run(t));
    ImportedTopology built = ImportedTopology::build(r.boxes);
    r.topology = std::move(built.topology);
    r.secrets = std::move(built.secrets);
    return r;
}

bool ImportRun::hasErrors() const
{
    for (const BoxScan &b : boxes) {
        if (b.log.hasErrors())
            return true;
    }
    return false;
}
