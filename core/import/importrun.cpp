#include "core/import/importrun.h"

#include "core/import/boxsourceloader.h"
#include "core/import/routeevidence.h"
#include "core/import/topologybuilder.h"
#include "core/routes/routetable.h"

ImportRun ImportRun::run(const QList<SourceTree> &trees, const Progress &progress)
{
    ImportRun r;
    for (const SourceTree &t : trees) {
        r.boxes.append(BoxScan::run(t));
        if (progress)
            progress(int(r.boxes.size()), int(trees.size()), t.label());
    }
    ImportedTopology built = ImportedTopology::build(r.boxes);
    r.topology = std::move(built.topology);
    r.secrets = std::move(built.secrets);
    // Routes on the boxes are evidence: judged against what was built (box i became site i).
    std::optional<RouteTable> table;
    for (int i = 0; i < r.boxes.size() && i < r.topology.sites.size(); ++i) {
        BoxScan &box = r.boxes[i];
        if (box.facts.routesOnBox.isEmpty())
            continue;
        if (!table)
            table = RouteTable::build(r.topology);
        RouteEvidence::judge(r.topology, *table, r.topology.sites.at(i).id, box.facts.routesOnBox, box.log);
    }
    return r;
}

std::optional<ImportRun> ImportRun::fromPaths(const QStringList &paths, QString *error,
                                              const Progress &progress)
{
    const int total = 2 * int(paths.size()); // read each box, then scan it
    QList<SourceTree> trees;
    for (const QString &path : paths) {
        auto tree = BoxSourceLoader::load(path, error);
        if (!tree)
            return std::nullopt;
        trees.append(std::move(*tree));
        if (progress)
            progress(int(trees.size()), total, trees.constLast().label());
    }
    Progress scanned;
    if (progress)
        scanned = [&](int done, int, const QString &box) { progress(int(paths.size()) + done, total, box); };
    return run(trees, scanned);
}

bool ImportRun::hasErrors() const
{
    for (const BoxScan &b : boxes) {
        if (b.log.hasErrors())
            return true;
    }
    return false;
}

int ImportRun::filesRead() const
{
    int n = 0;
    for (const BoxScan &b : boxes) {
        for (const QString &format : b.formats) {
            if (!format.startsWith(QLatin1String("not read")))
                ++n;
        }
    }
    return n;
}
