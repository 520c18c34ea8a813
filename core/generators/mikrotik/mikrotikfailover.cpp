#include "core/generators/mikrotik/mikrotikfailover.h"

#include "core/generators/common/failovertiming.h"
#include "core/generators/common/linktransit.h"
#include "core/generators/mikrotik/routerossyntax.h"

using RouterOsSyntax::name;
using RouterOsSyntax::quote;
using RouterOsSyntax::tag;

namespace MikrotikFailover {

Plan Plan::of(const GeneratorInput &input, const Site &site)
{
    Plan plan;
    for (const Link *l : input.index.linksOf(site.id)) {
        if (LinkTransits::probed(input.index, *l))
            plan.probed.append(l);
    }
    for (const DestinationPaths &d : DestinationPaths::multiPath(input, site)) {
        for (int i = 1; i < d.paths.size(); ++i)
            plan.standby.insert(qMakePair(d.paths[i].link, d.destination));
    }
    return plan;
}

QStringList loopback(const GeneratorInput &input, const Site &site, const Plan &plan)
{
    if (plan.probed.isEmpty())
        return {};
    QStringList out{
        QStringLiteral("# ---- Failover probes: each probed tunnel's transit address lives on rs-loopback ----"),
        QStringLiteral("/interface bridge add name=rs-loopback protocol-mode=none %1").arg(tag()),
    };
    for (const Link *l : plan.probed) {
        const LinkTransit t = LinkTransits::of(input.topology, *l, site.id);
        out << QStringLiteral("/ip address add address=%1/32 interface=rs-loopback %2")
                   .arg(t.local.toString(), tag());
    }
    out << QStringLiteral("#");
    return out;
}

QStringList switching(const GeneratorInput &input, const Site &site, const Plan &plan)
{
    const QList<DestinationPaths> multi = DestinationPaths::multiPath(input, site);
    if (multi.isEmpty() || plan.probed.isEmpty())
        return {};
    // One variable per probed link: is its probe up?
    QHash<QString, QString> upOf; // link id -> variable
    QStringList script{QStringLiteral(":local use \"\"")};
    for (const Link *l : plan.probed) {
        const QString var = QStringLiteral("up%1").arg(upOf.size() + 1);
        upOf.insert(l->id, var);
        script << QStringLiteral(":local %1 ([/tool netwatch get [find host=\"%2\"] status] = \"up\")")
                      .arg(var, LinkTransits::of(input.topology, *l, site.id).remote.toString());
    }
    for (const DestinationPaths &d : multi) {
        // The best path whose probe is up; a path without a probe counts as up.
        QString choose = QStringLiteral(":set use \"%1\"").arg(name(d.paths.first().link));
        for (int i = int(d.paths.size()) - 1; i >= 0; --i) {
            const QString peer = name(d.paths[i].link);
            const QString var = upOf.value(d.paths[i].link);
            if (var.isEmpty()) {
                choose = QStringLiteral(":set use \"%1\"").arg(peer);
                continue;
            }
            choose = QStringLiteral(":if ($%1) do={ :set use \"%2\" } else={ %3 }").arg(var, peer, choose);
        }
        script << QStringLiteral("# %1").arg(d.destination.toString()) << choose;
        for (const Route &r : d.paths) {
            const QString find = QStringLiteral("[find comment=\"routestudio\" peer=\"%1\" dst-address=\"%2\"]")
                                     .arg(name(r.link), d.destination.toString());
            script << QStringLiteral(":if ($use = \"%1\") do={ /ip ipsec policy enable %2 } "
                                     "else={ /ip ipsec policy disable %2 }")
                          .arg(name(r.link), find);
        }
    }
    const QString run = quote(QStringLiteral("/system script run rs-failover"));
    QStringList out{
        QStringLiteral("# ---- Failover: netwatch pings each probed tunnel every %1 s; on a change rs-failover "
                       "enables the best answering path of each destination ----")
            .arg(FailoverTiming::kProbeIntervalSeconds),
        QStringLiteral("/system script add name=rs-failover policy=read,write,test source=%1")
            .arg(quote(script.join(QLatin1Char('\n')))),
    };
    for (const Link *l : plan.probed) {
        const LinkTransit t = LinkTransits::of(input.topology, *l, site.id);
        out << QStringLiteral("/tool netwatch add host=%1 src-address=%2 type=icmp interval=%3s "
                              "up-script=%4 down-script=%4 %5")
                   .arg(t.remote.toString(), t.local.toString())
                   .arg(FailoverTiming::kProbeIntervalSeconds)
                   .arg(run, tag());
    }
    out << QStringLiteral("#");
    return out;
}

} // namespace MikrotikFailover
