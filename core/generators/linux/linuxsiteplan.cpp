#include "core/generators/linux/linuxsiteplan.h"

#include "core/generators/clients/remoteaccessplan.h"
#include "core/generators/common/failovertiming.h"
#include "core/generators/common/prefixlist.h"
#include "core/generators/common/targetsyntax.h"

#include <QSet>

#include <algorithm>
#include <atomic>

namespace {

std::atomic<int> g_builds{0};

} // namespace

int LinuxSitePlan::builds() { return g_builds.load(); }

LinuxSitePlan::LinuxSitePlan(const GeneratorInput &in, const Site &s) : input(in), site(s)
{
    ++g_builds;
    for (const Link *l : input.index.linksOf(site.id)) {
        const Site *peer = input.index.site(l->otherEnd(site.id));
        // Only hub-gateway links carry routes (RouteTable); validation reports the rest.
        if (!peer || peer == &site || peer->isHub() == site.isHub())
            continue;
        PlannedLink p;
        p.link = l;
        p.peer = peer;
        p.localIsHub = site.isHub();
        p.pskName = l->transport == Transport::L2tp && !site.isHub()
                        ? RemoteAccessPlan::dialInPskName(input.index, *peer, *l)
                        : l->secret;
        p.backup = l->isBackup();
        p.localAddress = site.addressFor(p.backup);
        p.peerAddress = peer->addressFor(p.backup);
        p.fastDpd = FailoverTiming::linkFailsOver(input.index, *l, site, *peer);
        if (LinkTransits::probed(input.index, *l))
            p.transit = LinkTransits::of(input.topology, *l, site.id);
        const QList<Route> routes = input.routes.forLink(site.id, l->id);
        QList<Ipv4Prefix> remote;
        remote.reserve(routes.size());
        for (const Route &r : routes) {
            remote.append(r.destination);
            if (r.metric > 0)
                p.metrics.insert(r.destination, r.metric);
        }
        p.remote = PrefixList::normalized(remote);
        p.local = PrefixList::normalized(input.routes.destinations(peer->id, l->id));
        if (l->transport == Transport::Ipsec)
            ipsecLinks.append(p);
        else if (site.isHub())
            l2tpDialIns.append(p);
        else
            l2tpDialOuts.append(p);
    }
    if (!site.isHub())
        return;
    QSet<QString> seenPsks, seenUsers;
    for (const Profile *p : input.index.profilesOf(site.id)) {
        profiles.append(p);
        if (!seenPsks.contains(p->secret)) {
            seenPsks.insert(p->secret);
            profilePsks.append(p->secret);
        }
        for (const QString &u : p->users) {
            if (!seenUsers.contains(u)) {
                seenUsers.insert(u);
                users.append(u);
            }
        }
    }
}

bool LinuxSitePlan::hasFullTunnelProfile() const
{
    for (const Profile *p : profiles) {
        if (p->tunnel == TunnelMode::Full)
            return true;
    }
    return false;
}

QString LinuxSitePlan::tunnelInterface() const
{
    const QString value = site.extra.value(QLatin1String(Site::kTunnelInterfaceField)).toString();
    if (TargetSyntax::isInterfaceName(value))
        return value;
    return QString::fromLatin1(Site::kDefaultTunnelInterface);
}

QString LinuxSitePlan::backupInterface() const
{
    return tunnelInterface().left(13) + QStringLiteral("-b");
}

bool LinuxSitePlan::hasBackupIpsecLink() const
{
    return std::any_of(ipsecLinks.cbegin(), ipsecLinks.cend(),
                       [](const PlannedLink &l) { return l.backup; });
}

bool LinuxSitePlan::failsOver() const
{
    for (const QList<PlannedLink> *links : {&ipsecLinks, &l2tpDialIns, &l2tpDialOuts}) {
        for (const PlannedLink &l : *links) {
            if (l.fastDpd)
                return true;
        }
    }
    return false;
}

bool LinuxSitePlan::tunnelInterfaceRejected() const
{
    const QLatin1String key(Site::kTunnelInterfaceField);
    return site.extra.contains(key)
           && !TargetSyntax::isInterfaceName(site.extra.value(key).toString());
}

QList<Ipv4Prefix> LinuxSitePlan::tunnelPrefixes() const
{
    QList<Ipv4Prefix> out;
    for (const QList<PlannedLink> *links : {&ipsecLinks, &l2tpDialIns, &l2tpDialOuts}) {
        for (const PlannedLink &l : *links)
            out += l.remote;
    }
    if (servesRemoteAccess())
        out.append(site.remoteAccess->pool);
    return PrefixList::normalized(out);
}

QList<Ipv4Prefix> LinuxSitePlan::routedPrefixes() const
{
    return PrefixList::normalized(site.lans + tunnelPrefixes());
}

QString LinuxSitePlan::secret(const QString &pskName) const
{
    return input.secrets.psk.value(pskName);
}
