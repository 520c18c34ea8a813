#include "core/check/boxcheck.h"

#include "core/check/livechecks.h"

QList<CheckFinding> BoxCheck::run(const GeneratorInput &input, const Site &site,
                                  const LiveState &live, const QList<GeneratedFile> *generated)
{
    return run(LinuxSitePlan(input, site), live, generated);
}

QList<CheckFinding> BoxCheck::run(const LinuxSitePlan &plan, const LiveState &live,
                                  const QList<GeneratedFile> *generated)
{
    QList<CheckFinding> out;
    for (const QString &problem : live.problems) {
        out.append({QStringLiteral("not-collected"),
                    QStringLiteral("part of the box's state is missing from the collection, so "
                                   "what it shows is not checked"),
                    problem,
                    QStringLiteral("run routestudio-cli check --collect on the box as root, with "
                                   "ip, sysctl, nft and swanctl installed")});
    }
    LiveChecks::forwarding(live, out);
    LiveChecks::tunnels(plan, live, out);
    LiveChecks::nat(plan, live, out);
    if (generated) {
        for (const GeneratedFile &f : *generated) {
            if (f.path.endsWith(QLatin1String("nftables.d/routestudio.nft")))
                LiveChecks::firewall(f.content, live, out);
        }
        LiveChecks::drift(*generated, live, plan.input.secrets, out);
    }
    return out;
}
