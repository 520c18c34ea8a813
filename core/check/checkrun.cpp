#include "core/check/checkrun.h"

#include "core/check/activepaths.h"
#include "core/check/boxcheck.h"
#include "core/generators/sitegeneration.h"
#include "core/validation/fieldpath.h"

#include <QDir>

CheckRun::Result CheckRun::folder(const GenerationPlan &plan, const QString &path)
{
    Result out;
    const QDir dir(path);
    if (!plan.ok() || path.isEmpty() || !dir.exists())
        return out;
    for (const Site &s : plan.topology().sites) {
        if (s.platform != Platform::LinuxStrongswan || !dir.exists(s.id))
            continue;
        const QList<GeneratedFile> files = SiteGeneration::filesOf(plan, s);
        const LiveState live = LiveState::fromDir(dir.filePath(s.id));
        const GeneratorInput input = plan.input();
        const LinuxSitePlan sitePlan(input, s); // one per site: a hub's is its whole fleet
        out.faults.insert(s.id, BoxCheck::run(sitePlan, live, &files));
        out.activeLinks.insert(s.id, ActivePaths::of(sitePlan, live));
    }
    return out;
}

QList<Finding> CheckRun::asFindings(const Topology &topology,
                                    const QMap<QString, QList<CheckFinding>> &faults)
{
    QList<Finding> out;
    for (auto it = faults.cbegin(); it != faults.cend(); ++it) {
        const int i = topology.siteIndex(it.key());
        for (const CheckFinding &f : it.value()) {
            Finding x;
            x.code = QStringLiteral("check-") + f.code;
            x.message = QStringLiteral("box %1: %2 (evidence: %3; fix: %4)")
                            .arg(it.key(), f.message, f.evidence.section(QLatin1Char('\n'), 0, 0), f.fix);
            x.objects = {it.key()};
            x.paths = {FieldPath::site(i)};
            out.append(x);
        }
    }
    return out;
}
