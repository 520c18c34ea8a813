#include "core/validation/checks/checks.h"

#include "core/model/platformsupport.h"
#include "core/routes/route.h"
#include "core/validation/fieldpath.h"
#include "core/validation/siteindex.h"
#include "core/validation/valuerules.h"

#include <QHash>
#include <QMap>
#include <QSet>

// Failover findings (docs/failover.md, docs/findings.md): what makes a second
// path no second path, or a critical site a single point of failure.
namespace {

QString linkField(int i, const char *field)
{
    return FieldPath::field(FieldPath::link(i), QLatin1String(field));
}

QString siteField(int i, const char *field)
{
    return FieldPath::field(FieldPath::site(i), QLatin1String(field));
}

// A hub-gateway link at one gateway: the hub and the link's index.
// More hubs than this at one metric on a gateway: one finding for the group.
constexpr int kPairedHubs = 8;

struct Path
{
    int link;
    const Site *hub;
};

void backupAddress(const Site &s, int i, FindingSink &sink)
{
    if (s.backupAddress.isEmpty())
        return;
    const QString problem =
        Ipv4Address::parse(s.backupAddress) ? QString() : ValueRules::dnsNameProblem(s.backupAddress);
    if (!problem.isEmpty()) {
        sink.error(QStringLiteral("invalid-address"),
                   QStringLiteral("backup address %1 of site %2 is neither an IPv4 address nor a "
                                  "DNS name: it %3")
                       .arg(ValueRules::quote(s.backupAddress), s.id, problem),
                   {s.id}, {siteField(i, "backupAddress")});
    } else if (s.backupAddress.compare(s.publicAddress, Qt::CaseInsensitive) == 0) {
        sink.warning(QStringLiteral("backup-same-address"),
                     QStringLiteral("site %1 has its public address %2 as backup address too: a "
                                    "second uplink needs an address of its own")
                         .arg(s.id, s.publicAddress),
                     {s.id}, {siteField(i, "backupAddress")});
    }
}

// The first LAN of `primary` that `backup` has no LAN to carry, or nullopt.
std::optional<Ipv4Prefix> uncovered(const Site &primary, const Site &backup)
{
    for (const Ipv4Prefix &lan : primary.lans) {
        bool covered = false;
        for (const Ipv4Prefix &other : backup.lans)
            covered = covered || other.network().contains(lan.network());
        if (!covered)
            return lan.network();
    }
    return std::nullopt;
}

// What two hubs both offer a gateway `g` linked to both ("" for nothing): a
// LAN one hub has that the other covers too, or the LAN of another gateway
// linked to both. Answered once per pair of hubs (a fleet has few hubs).
class SharedDestinations
{
public:
    explicit SharedDestinations(const QHash<const Site *, QList<const Site *>> &gatewaysOf)
        : m_gatewaysOf(gatewaysOf)
    {
    }

    QString between(const Site &a, const Site &b, const Site &g)
    {
        const QPair<const Site *, const Site *> key(qMin(&a, &b), qMax(&a, &b));
        auto it = m_cache.find(key);
        if (it == m_cache.end())
            it = m_cache.insert(key, compute(a, b));
        // Other gateways' LANs: any but g's own (g does not route to itself).
        for (const Site *other : *it) {
            if (other == nullptr)
                return QStringLiteral("the LANs of hub %1").arg(a.id);
            if (other != &g && !other->lans.isEmpty())
                return other->lans.constFirst().network().toString();
        }
        return {};
    }

private:
    // Up to two sites whose LANs both hubs carry (nullptr: a hub's own LANs).
    QList<const Site *> compute(const Site &a, const Site &b) const
    {
        QList<const Site *> out;
        if (!a.lans.isEmpty() && !uncovered(a, b))
            out.append(nullptr);
        const QList<const Site *> ga = m_gatewaysOf.value(&a);
        const QList<const Site *> gbList = m_gatewaysOf.value(&b);
        const QSet<const Site *> gb(gbList.cbegin(), gbList.cend());
        QSet<const Site *> seen;
        int gateways = 0;
        for (const Site *s : ga) {
            if (!gb.contains(s) || seen.contains(s))
                continue;
            seen.insert(s);
            out.append(s);
            if (++gateways == 2)
                break; // enough to name one that is not the asking gateway
        }
        return out;
    }

    const QHash<const Site *, QList<const Site *>> &m_gatewaysOf;
    QHash<QPair<const Site *, const Site *>, QList<const Site *>> m_cache;
};

// The paths of one gateway: a backup must really be a second path, and two
// primaries to different hubs with one metric must not claim one destination.
// Gateway g reaches `what` over paths a and b (to two hubs) with one metric.
void equalMetric(const Topology &t, const Site &g, const QString &what, const Path &a,
                 const Path &b, FindingSink &sink)
{
    const Link &la = t.links[a.link];
    const Link &lb = t.links[b.link];
    sink.warning(QStringLiteral("equal-metric-hubs"),
                 QStringLiteral("site %1 reaches %2 through hubs %3 and %4 (links %5 and %6) with "
                                "the same metric %7: the two routes replace each other; make one "
                                "link role backup or give it a higher metric")
                     .arg(g.id, what, a.hub->id, b.hub->id, la.id, lb.id)
                     .arg(Route::metricFor(lb, false)),
                 {la.id, lb.id, g.id}, {linkField(b.link, "metric")});
}

// Many hubs at one metric on gateway g: each destination the hubs offer g
// (their LANs, the LANs of their other gateways) is looked up by prefix; a
// prefix offered by two hubs is a finding, once per later hub. One pass over
// those hubs' links; a LAN nested inside another hub's is not seen here.
void manyHubs(const Topology &t, const Site &g, const QList<Path> &paths, const QList<int> &members,
              const QHash<const Site *, QList<const Site *>> &gatewaysOf, FindingSink &sink)
{
    QHash<Ipv4Prefix, int> offeredBy; // prefix -> index into paths
    for (const int x : members) {
        const Site &hub = *paths[x].hub;
        QList<Ipv4Prefix> offered;
        for (const Ipv4Prefix &lan : hub.lans)
            offered << lan.network();
        for (const Site *other : gatewaysOf.value(&hub)) {
            if (other == &g)
                continue;
            for (const Ipv4Prefix &lan : other->lans)
                offered << lan.network();
        }
        for (const Ipv4Prefix &p : offered) {
            const auto it = offeredBy.constFind(p);
            if (it == offeredBy.cend()) {
                offeredBy.insert(p, x);
                continue;
            }
            if (paths[*it].hub == &hub)
                continue;
            equalMetric(t, g, p.toString(), paths[*it], paths[x], sink);
            break; // one finding per hub
        }
    }
}

void gatewayPaths(const Topology &t, const Site &g, const QList<Path> &paths,
                  SharedDestinations &shared,
                  const QHash<const Site *, QList<const Site *>> &gatewaysOf, FindingSink &sink)
{

    for (const Path &b : paths) {
        const Link &backup = t.links[b.link];
        if (!backup.isBackup())
            continue;
        for (const Path &p : paths) {
            const Link &primary = t.links[p.link];
            if (primary.isBackup())
                continue;
            if (g.addressFor(true) == g.addressFor(false)
                && b.hub->addressFor(true) == p.hub->addressFor(false)) {
                sink.warning(QStringLiteral("backup-same-address"),
                             QStringLiteral("backup link %1 runs between the same addresses as "
                                            "primary link %2 (%3 to %4): when that path fails, so "
                                            "does the backup; give site %5 a backupAddress (a "
                                            "second uplink) or link it to a second hub")
                                 .arg(backup.id, primary.id, g.publicAddress,
                                      p.hub->publicAddress, g.id),
                             {backup.id, primary.id}, {FieldPath::link(b.link)});
            }
            if (b.hub == p.hub)
                continue;
            if (const auto lan = uncovered(*p.hub, *b.hub)) {
                sink.warning(QStringLiteral("backup-prefix-mismatch"),
                             QStringLiteral("backup link %1 (to hub %2) does not carry %3, which "
                                            "primary link %4 (to hub %5) does: when the primary "
                                            "fails, site %6 loses that destination")
                                 .arg(backup.id, b.hub->id, lan->toString(), primary.id,
                                      p.hub->id, g.id),
                             {backup.id, primary.id, g.id}, {FieldPath::link(b.link)});
            }
        }
    }
    // Pairs of hubs with one metric: few per gateway in a real plan. With more
    // than kPairedHubs hubs at one metric (an import of a box with many peers,
    // say) the pairs would grow with the square of the links: manyHubs finds
    // the shared destinations in one pass instead.
    QMap<int, QList<int>> byMetric; // metric -> indices into paths, in metric order
    for (int x = 0; x < paths.size(); ++x)
        byMetric[Route::metricFor(t.links[paths[x].link], false)].append(x);
    for (auto group = byMetric.cbegin(); group != byMetric.cend(); ++group) {
        const QList<int> &members = group.value();
        QSet<const Site *> hubs;
        for (const int x : members)
            hubs.insert(paths[x].hub);
        if (hubs.size() > kPairedHubs) {
            manyHubs(t, g, paths, members, gatewaysOf, sink);
            continue;
        }
        for (int i = 0; i < members.size(); ++i) {
            for (int j = i + 1; j < members.size(); ++j) {
                const int x = members[i];
                const int y = members[j];
                if (paths[x].hub == paths[y].hub)
                    continue;
                const QString what = shared.between(*paths[x].hub, *paths[y].hub, g);
                if (!what.isEmpty())
                    equalMetric(t, g, what, paths[x], paths[y], sink);
            }
        }
    }
}

// A link that fails over with a MikroTik or pfSense end is decided by a probe
// of its transit addresses across the tunnel (PlatformSupport::probesFailover):
// one child must carry them beside the LANs (IKEv2), and the other end must
// answer there (a Linux end, or one of the same platform).
void probedLinks(const Topology &t, const SiteIndex &index, FindingSink &sink)
{
    QSet<QString> withBackup; // gateways with a backup link
    for (const Link &l : t.links) {
        const Site *a = index.site(l.from);
        const Site *b = index.site(l.to);
        if (l.isBackup() && a && b && a->isHub() != b->isHub())
            withBackup.insert(a->isHub() ? b->id : a->id);
    }
    for (int i = 0; i < t.links.size(); ++i) {
        const Link &l = t.links[i];
        const Site *a = index.site(l.from);
        const Site *b = index.site(l.to);
        if (!a || !b || a->isHub() == b->isHub() || l.transport != Transport::Ipsec)
            continue;
        const Site &gateway = a->isHub() ? *b : *a;
        if (!l.isBackup() && !withBackup.contains(gateway.id))
            continue;
        for (const Site *s : {a, b}) {
            if (!PlatformSupport::probesFailover(s->platform))
                continue;
            const Site *other = s == a ? b : a;
            if (l.ike != IkeVersion::Ikev2) {
                sink.error(QStringLiteral("backup-link-unsupported"),
                           QStringLiteral("link %1 fails over by a probe of its %2 end (site %3) "
                                          "across the tunnel, which needs IKEv2 (IKEv1 negotiates one "
                                          "selector pair per child); set ike ikev2")
                               .arg(l.id, Enums::toString(s->platform), s->id),
                           {l.id, s->id}, {linkField(i, "ike")});
            } else if (other->platform != Platform::LinuxStrongswan && other->platform != s->platform) {
                sink.error(QStringLiteral("backup-link-unsupported"),
                           QStringLiteral("link %1 fails over by a probe of its %2 end (site %3), "
                                          "which site %4 (%5) does not answer; failover between "
                                          "these platforms is not generated: put a linux-strongswan "
                                          "or %2 box at that end, or make the link role primary")
                               .arg(l.id, Enums::toString(s->platform), s->id, other->id,
                                    Enums::toString(other->platform)),
                           {l.id, s->id, other->id}, {linkField(i, "role")});
            }
            break; // one finding per link
        }
    }
}

} // namespace

namespace Checks {

void failover(const Topology &t, FindingSink &sink)
{
    const SiteIndex index(t);
    QHash<QString, QList<Path>> pathsOf; // gateway id -> its hub links
    QHash<QString, int> linkCount;       // site id -> hub-gateway links
    QHash<const Site *, QList<const Site *>> gatewaysOf; // hub -> its gateways (with repeats)
    for (int i = 0; i < t.links.size(); ++i) {
        const Link &l = t.links[i];
        const Site *a = index.site(l.from);
        const Site *b = index.site(l.to);
        if (!a || !b || a == b || a->isHub() == b->isHub())
            continue; // other checks report these
        const Site &gateway = a->isHub() ? *b : *a;
        const Site &hub = a->isHub() ? *a : *b;
        pathsOf[gateway.id].append({i, &hub});
        gatewaysOf[&hub].append(&gateway);
        ++linkCount[gateway.id];
        ++linkCount[hub.id];
        if (!l.isBackup())
            continue;
        if (l.transport == Transport::L2tp) {
            sink.error(QStringLiteral("backup-link-unsupported"),
                       QStringLiteral("link %1 is a backup L2TP link: RouteStudio generates "
                                      "failover for IPsec links only; make it transport ipsec or "
                                      "role primary")
                           .arg(l.id),
                       {l.id}, {linkField(i, "role")});
        }
        for (const Site *s : {&gateway, &hub}) {
            if (PlatformSupport::generatesFailover(s->platform))
                continue;
            sink.error(QStringLiteral("backup-link-unsupported"),
                       QStringLiteral("link %1 is a backup link, but RouteStudio generates no "
                                      "failover for %2 (site %3) yet; make the link role primary")
                           .arg(l.id, Enums::toString(s->platform), s->id),
                       {l.id, s->id}, {linkField(i, "role")});
        }
    }
    probedLinks(t, index, sink);
    SharedDestinations shared(gatewaysOf);
    for (int i = 0; i < t.sites.size(); ++i) {
        const Site &s = t.sites[i];
        backupAddress(s, i, sink);
        if (s.critical && linkCount.value(s.id) < 2) {
            sink.warning(QStringLiteral("critical-single-path"),
                         QStringLiteral("site %1 is marked critical but has %2 path(s): when its "
                                        "link drops it is cut off; add a backup link to a second "
                                        "hub or over a second uplink (backupAddress)")
                             .arg(s.id)
                             .arg(linkCount.value(s.id)),
                         {s.id}, {siteField(i, "critical")});
        }
        const auto it = pathsOf.constFind(s.id);
        if (it != pathsOf.constEnd() && it->size() > 1)
            gatewayPaths(t, s, *it, shared, gatewaysOf, sink);
    }
}

} // namespace Checks
