#include "core/report/pushreport.h"

#include "core/routes/pushplan.h"
#include "core/routes/routepush.h"

#include <QJsonObject>
#include <QStringList>

namespace {

QString rangesText(const QList<PoolRange::Range> &ranges)
{
    QStringList parts;
    for (const PoolRange::Range &r : ranges)
        parts << (r.first == r.second ? r.first.toString() : r.first.toString() + u'-' + r.second.toString());
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

QString routesText(const QList<Ipv4Prefix> &routes, Ipv4Address router)
{
    QStringList parts;
    for (const Ipv4Prefix &r : routes)
        parts << r.network().toString() + QStringLiteral(" via ") + router.toString();
    return parts.join(QStringLiteral(", "));
}

QString hex(const QByteArray &bytes) { return QString::fromLatin1(bytes.toHex()); }

QByteArray dnsBytes(const QList<Ipv4Address> &dns)
{
    QByteArray out;
    for (const Ipv4Address &a : dns) {
        for (int i = 0; i < 4; ++i)
            out.append(char((a.value() >> (24 - 8 * i)) & 0xff));
    }
    return out;
}

QString tunnelText(const Profile &p)
{
    return p.tunnel == TunnelMode::Split ? QStringLiteral("split") : QStringLiteral("full");
}

// The hubs the report covers (a hub with remoteAccess), each with its plan and
// whether it answers: the one walk that text and json both render.
enum class HubPush { Unsupported, NoProfile, Answers };

struct PushHub
{
    const Site *hub;
    PushPlan plan;
    HubPush state;
};

QList<PushHub> pushHubs(const Topology &topology, const RouteTable &routes)
{
    const TopologyIndex index(topology);
    QList<PushHub> out;
    for (const Site &hub : topology.sites) {
        if (!hub.isHub() || !hub.remoteAccess)
            continue;
        PushPlan plan = PushPlan::forHub(topology, index, routes, hub);
        const HubPush state = !RoutePush::platformCanPush(hub.platform) ? HubPush::Unsupported
                              : plan.active                            ? HubPush::Answers
                                                                       : HubPush::NoProfile;
        out.append({&hub, std::move(plan), state});
    }
    return out;
}

} // namespace

namespace PushReport {

QString text(const Topology &topology, const RouteTable &routes)
{
    QStringList out;
    for (const auto &[hubSite, plan, state] : pushHubs(topology, routes)) {
        const Site &hub = *hubSite;
        const QString platform = Enums::toString(hub.platform);
        if (state == HubPush::Unsupported) {
            out << QStringLiteral("hub %1 (%2): answers no DHCPINFORM (docs/vendors.md)").arg(hub.id, platform);
            continue;
        }
        if (state == HubPush::NoProfile) {
            out << QStringLiteral("hub %1 (%2): no profile has routePush on: no answer").arg(hub.id, platform);
            continue;
        }
        out << QStringLiteral("hub %1 (%2): dnsmasq answers DHCPINFORM on ppp*").arg(hub.id, platform);
        for (const PushAnswer &a : plan.answers) {
            QStringList users;
            for (const auto &[user, address] : a.users)
                users << user + u' ' + address.toString();
            out << QStringLiteral("  profile %1 (%2), addresses %3%4")
                       .arg(a.profile->id, tunnelText(*a.profile), rangesText(a.ranges),
                            users.isEmpty() ? QString() : u": " + users.join(QStringLiteral(", ")));
            if (a.routes.isEmpty()) {
                out << QStringLiteral("    options 121, 249: none (%1)")
                           .arg(a.profile->tunnel == TunnelMode::Full ? QStringLiteral("full tunnel")
                                                                      : QStringLiteral("routePush off"));
            } else {
                const QString bytes = hex(PushPlan::classlessRoutes(a.routes, plan.router));
                out << QStringLiteral("    option 121: %1").arg(bytes);
                out << QStringLiteral("    option 249: %1").arg(bytes);
                out << QStringLiteral("      = %1").arg(routesText(a.routes, plan.router));
            }
            if (!a.dns.isEmpty())
                out << QStringLiteral("    option 6:   %1").arg(hex(dnsBytes(a.dns)));
            if (!a.domain.isEmpty())
                out << QStringLiteral("    option 15:  %1 (%2)").arg(hex(a.domain.toLatin1()), a.domain);
        }
        for (const auto &[link, address] : plan.gateways)
            out << QStringLiteral("  gateway link %1: fixed address %2 (no answer)").arg(link, address.toString());
    }
    return out.join(u'\n') + u'\n';
}

QJsonArray json(const Topology &topology, const RouteTable &routes)
{
    QJsonArray hubs;
    for (const auto &[hubSite, plan, state] : pushHubs(topology, routes)) {
        const Site &hub = *hubSite;
        QJsonArray profiles;
        for (const PushAnswer &a : plan.answers) {
            QJsonArray users;
            for (const auto &[user, address] : a.users)
                users.append(QJsonObject{{QStringLiteral("user"), user},
                                         {QStringLiteral("address"), address.toString()}});
            QJsonArray ranges;
            for (const PoolRange::Range &r : a.ranges)
                ranges.append(QJsonArray{r.first.toString(), r.second.toString()});
            QJsonArray prefixes;
            for (const Ipv4Prefix &r : a.routes)
                prefixes.append(r.network().toString());
            QJsonArray dns;
            for (const Ipv4Address &d : a.dns)
                dns.append(d.toString());
            const QString bytes = hex(PushPlan::classlessRoutes(a.routes, plan.router));
            profiles.append(QJsonObject{{QStringLiteral("profile"), a.profile->id},
                                        {QStringLiteral("tunnel"), tunnelText(*a.profile)},
                                        {QStringLiteral("ranges"), ranges},
                                        {QStringLiteral("users"), users},
                                        {QStringLiteral("routes"), prefixes},
                                        {QStringLiteral("option121"), bytes},
                                        {QStringLiteral("option249"), bytes},
                                        {QStringLiteral("dns"), dns},
                                        {QStringLiteral("domain"), a.domain}});
        }
        QJsonArray gateways;
        for (const auto &[link, address] : plan.gateways)
            gateways.append(QJsonObject{{QStringLiteral("link"), link},
                                        {QStringLiteral("address"), address.toString()}});
        hubs.append(QJsonObject{{QStringLiteral("hub"), hub.id},
                                {QStringLiteral("platform"), Enums::toString(hub.platform)},
                                {QStringLiteral("answers"), state == HubPush::Answers},
                                {QStringLiteral("router"), state == HubPush::Answers ? plan.router.toString() : QString()},
                                {QStringLiteral("profiles"), profiles},
                                {QStringLiteral("gateways"), gateways}});
    }
    return hubs;
}

} // namespace PushReport
