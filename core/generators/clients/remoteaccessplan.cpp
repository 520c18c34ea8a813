#include "core/generators/clients/remoteaccessplan.h"

#include "core/mtu/mtucalculator.h"

#include <QSet>

namespace {

QList<RemoteAccessPlan::Range> hostRanges(const Ipv4Prefix &pool, Ipv4Address local)
{
    // Network and broadcast addresses are not handed out on pools of /30 and larger.
    quint32 first = pool.first();
    quint32 last = pool.last();
    if (pool.length() <= 30) {
        ++first;
        --last;
    }
    QList<RemoteAccessPlan::Range> out;
    const auto add = [&out](quint32 a, quint32 b) {
        if (a <= b)
            out.append({Ipv4Address(a), Ipv4Address(b)});
    };
    const quint32 l = local.value();
    if (l < first || l > last) {
        add(first, last);
    } else {
        if (l > first)
            add(first, l - 1);
        if (l < last)
            add(l + 1, last);
    }
    return out;
}

} // namespace

std::optional<RemoteAccessPlan> RemoteAccessPlan::forHub(const GeneratorInput &input,
                                                         const Site &hub)
{
    if (!hub.isHub() || !hub.remoteAccess)
        return std::nullopt;
    RemoteAccessPlan plan;
    plan.pskName = serverPskName(input.index, hub);
    QSet<QString> known;
    for (const Profile *profile : input.index.profilesOf(hub.id)) {
        for (const QString &name : profile->users) {
            if (!known.contains(name)) {
                known.insert(name);
                plan.users.append({name, input.secrets.users.value(name), {}, {}});
            }
        }
    }
    for (const Link *link : input.index.linksOf(hub.id)) {
        if (link->transport != Transport::L2tp)
            continue;
        const Site *gateway = input.index.site(link->otherEnd(hub.id));
        if (!gateway || gateway->isHub())
            continue;
        plan.users.append({dialInUser(*link), input.secrets.psk.value(link->secret), link->id,
                           input.routes.destinations(hub.id, link->id)});
    }
    if (plan.pskName.isEmpty())
        return std::nullopt;
    const RemoteAccess &ra = *hub.remoteAccess;
    plan.hubId = hub.id;
    plan.publicAddress = hub.publicAddress;
    plan.psk = input.secrets.psk.value(plan.pskName);
    plan.pool = ra.pool.network();
    plan.localAddress = ra.localAddress;
    plan.ranges = hostRanges(ra.pool.network(), ra.localAddress);
    plan.dns = ra.dns;
    plan.mtu = MtuCalculator::pppMtu(input.topology);
    plan.mss = MtuCalculator::pppMss(input.topology);
    return plan;
}

QString RemoteAccessPlan::serverPskName(const TopologyIndex &index, const Site &hub)
{
    if (!hub.isHub() || !hub.remoteAccess)
        return {};
    if (const QList<const Profile *> &profiles = index.profilesOf(hub.id); !profiles.isEmpty())
        return profiles.first()->secret;
    for (const Link *link : index.linksOf(hub.id)) {
        if (link->transport != Transport::L2tp)
            continue;
        const Site *gateway = index.site(link->otherEnd(hub.id));
        if (gateway && !gateway->isHub())
            return link->secret;
    }
    return {};
}

QString RemoteAccessPlan::dialInPskName(const TopologyIndex &index, const Site &hub,
                                        const Link &link)
{
    if (hub.platform == Platform::Mikrotik)
        return serverPskName(index, hub);
    return link.secret;
}

RemoteAccessPlan::Range RemoteAccessPlan::largestRange() const
{
    Range best = ranges.value(0);
    for (const Range &r : ranges) {
        if (r.size() > best.size())
            best = r;
    }
    return best;
}
