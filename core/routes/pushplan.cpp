#include "core/routes/pushplan.h"

#include "core/routes/routepush.h"

#include <QSet>
#include <optional>

namespace {

// Hands out the usable addresses of the pool in order.
class AddressCursor
{
public:
    explicit AddressCursor(const QList<PoolRange::Range> &ranges) : m_ranges(ranges) {}

    std::optional<Ipv4Address> next()
    {
        while (m_range < m_ranges.size()) {
            const quint64 first = m_ranges[m_range].first.value();
            const quint64 last = m_ranges[m_range].second.value();
            const quint64 a = first + m_offset;
            if (a <= last) {
                ++m_offset;
                return Ipv4Address(quint32(a));
            }
            ++m_range;
            m_offset = 0;
        }
        return std::nullopt;
    }

private:
    QList<PoolRange::Range> m_ranges;
    int m_range = 0;
    quint64 m_offset = 0;
};

// Appends `a` to the ranges, extending the last one when it is the next address.
void addToRanges(QList<PoolRange::Range> &ranges, Ipv4Address a)
{
    if (!ranges.isEmpty() && quint64(ranges.last().second.value()) + 1 == a.value())
        ranges.last().second = a;
    else
        ranges.append({a, a});
}

} // namespace

PushPlan PushPlan::forHub(const Topology &topology, const TopologyIndex &index,
                          const RouteTable &routes, const Site &hub)
{
    PushPlan plan;
    if (!hub.isHub() || !hub.remoteAccess || !RoutePush::platformCanPush(hub.platform))
        return plan;
    const QList<const Profile *> &profiles = index.profilesOf(hub.id); // in file order
    for (const Profile *p : profiles)
        plan.active = plan.active || RoutePush::requested(*p);
    if (!plan.active)
        return plan;
    const RemoteAccess &ra = *hub.remoteAccess;
    plan.pool = ra.pool.network();
    plan.router = ra.localAddress;
    AddressCursor cursor(PoolRange(plan.pool, ra.localAddress).ranges());
    for (const Profile *p : profiles) {
        PushAnswer answer;
        answer.profile = p;
        if (p->tunnel == TunnelMode::Split && RoutePush::requested(*p)) {
            for (const Route &r : routes.forProfile(p->id))
                answer.routes.append(r.destination);
        }
        answer.dns = ra.dns;
        answer.domain = RoutePush::domain(topology, *p);
        for (const QString &user : p->users) {
            if (plan.fixed.contains(user))
                continue;
            const std::optional<Ipv4Address> a = cursor.next();
            if (!a) {
                plan.fits = false;
                break;
            }
            answer.users.append({user, *a});
            plan.fixed.insert(user, *a);
            addToRanges(answer.ranges, *a);
        }
        plan.answers.append(answer);
    }
    for (const Link *link : index.linksOf(hub.id)) { // in file order
        const Link &l = *link;
        if (l.transport != Transport::L2tp || l.otherEnd(hub.id) == hub.id)
            continue;
        const std::optional<Ipv4Address> a = cursor.next();
        if (!a) {
            plan.fits = false;
            break;
        }
        plan.gateways.append({l.id, *a});
        plan.fixed.insert(l.id, *a);
    }
    return plan;
}

Ipv4Prefix PushPlan::answerSubnet() const
{
    int length = pool.length();
    while (length > 0 && !Ipv4Prefix(pool.address(), length).contains(router))
        --length;
    return Ipv4Prefix(pool.address(), length).network();
}

QByteArray PushPlan::classlessRoutes(const QList<Ipv4Prefix> &routes, Ipv4Address router)
{
    QByteArray out;
    const auto octets = [&out](quint32 v, int count) {
        for (int i = 0; i < count; ++i)
            out.append(char((v >> (24 - 8 * i)) & 0xff));
    };
    for (const Ipv4Prefix &r : routes) {
        out.append(char(r.length()));
        octets(r.network().address().value(), (r.length() + 7) / 8);
        octets(router.value(), 4);
    }
    return out;
}
