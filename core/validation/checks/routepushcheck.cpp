#include "core/validation/checks/checks.h"

#include "core/routes/routepush.h"
#include "core/validation/fieldpath.h"
#include "core/validation/siteindex.h"
#include "core/validation/valuerules.h"

#include <QHash>
#include <QSet>

// Route push (docs/route-push.md): profiles[].routePush, dnsDomain (topology
// and profile). Both are optional and kept in `extra`.
namespace {

const QString kPush = QString::fromLatin1(RoutePush::kRoutePushField);
const QString kDomain = QString::fromLatin1(RoutePush::kDnsDomainField);
const QString kFrom = QString::fromLatin1(RoutePush::kRoutesFromField);

// routesFrom: one of three words; "hub" or "both" where the hub will not answer
// is a warning (Connect then falls back to the profile's routes).
void routesFromField(const Site *hub, const Profile &p, const QString &base, FindingSink &sink)
{
    if (!p.extra.contains(kFrom))
        return;
    const QJsonValue v = p.extra.value(kFrom);
    const auto from = v.isString() ? RoutePush::parseRoutesFrom(v.toString()) : std::nullopt;
    if (!from) {
        sink.error(QStringLiteral("invalid-routes-from"),
                   QStringLiteral("routesFrom of profile %1 is not \"hub\", \"profile\" or \"both\"").arg(p.id),
                   {p.id}, {FieldPath::field(base, kFrom)});
        return;
    }
    if (*from != RoutePush::RoutesFrom::Profile && !RoutePush::clientAsksHub(hub, p)) {
        sink.warning(QStringLiteral("routes-from-no-answer"),
                     QStringLiteral("profile %1 takes its routes from hub %2, which will not answer "
                                    "(a full tunnel, routePush off, or a platform that cannot): "
                                    "Connect falls back to the profile's routes")
                         .arg(p.id, p.hub),
                     {p.id}, {FieldPath::field(base, kFrom)});
    }
}

// dnsDomain reaches dnsmasq's config: a DNS name or nothing.
void domainField(const QJsonObject &extra, const QString &base, const QString &owner,
                 const QStringList &objects, FindingSink &sink)
{
    if (!extra.contains(kDomain))
        return;
    const QJsonValue v = extra.value(kDomain);
    const QString problem = v.isString() ? ValueRules::dnsNameProblem(v.toString())
                                         : QStringLiteral("is not a string");
    if (problem.isEmpty())
        return;
    sink.error(QStringLiteral("invalid-dns-domain"),
               QStringLiteral("dnsDomain of %1 %2 (it must be a DNS name such as corp.example)")
                   .arg(owner, problem),
               objects, {base.isEmpty() ? kDomain : FieldPath::field(base, kDomain)});
}

} // namespace

namespace Checks {

void routePush(const Topology &t, FindingSink &sink)
{
    domainField(t.extra, QString(), QStringLiteral("the topology"), {}, sink);
    const SiteIndex index(t);
    // Hubs that answer: a Linux hub with a profile whose routePush is on (PushPlan::active).
    QSet<QString> answering;
    for (const Profile &p : t.profiles) {
        for (const QString &id : p.hubs()) {
            const int hub = index.indexOf(id);
            if (hub >= 0 && RoutePush::platformCanPush(t.sites[hub].platform) && RoutePush::requested(p))
                answering.insert(id);
        }
    }
    // user -> first profile (index) of each pushing hub that lists it
    QHash<QString, QHash<QString, int>> firstProfile; // hub -> user -> profile index
    for (int i = 0; i < t.profiles.size(); ++i) {
        const Profile &p = t.profiles[i];
        const QString base = FieldPath::profile(i);
        domainField(p.extra, base, u"profile " + p.id, {p.id}, sink);
        const int at = index.indexOf(p.hub);
        routesFromField(at >= 0 ? &t.sites[at] : nullptr, p, base, sink);
        if (p.extra.contains(kPush) && !p.extra.value(kPush).isBool()) {
            sink.error(QStringLiteral("invalid-route-push"),
                       QStringLiteral("routePush of profile %1 is not true or false").arg(p.id),
                       {p.id}, {FieldPath::field(base, kPush)});
            continue;
        }
        for (const QString &id : p.hubs()) {
            const int hub = index.indexOf(id);
            if (hub < 0 || !t.sites[hub].isHub())
                continue;
            const Site &h = t.sites[hub];
            if (!RoutePush::platformCanPush(h.platform)) {
                if (p.tunnel == TunnelMode::Split && RoutePush::requested(p)) {
                    sink.info(QStringLiteral("route-push-unsupported"),
                              QStringLiteral("hub %1 (%2) cannot answer its clients' DHCPINFORM with "
                                             "routes (docs/vendors.md): clients of profile %3 get "
                                             "their routes from routestudio-connect or by hand")
                                  .arg(h.id, Enums::toString(h.platform), p.id),
                              {h.id, p.id}, {FieldPath::field(base, p.hubField(id))});
                }
                continue;
            }
            if (!answering.contains(h.id))
                continue;
            QHash<QString, int> &seen = firstProfile[h.id];
            for (const QString &u : p.users) {
                const auto it = seen.constFind(u);
                if (it == seen.constEnd()) {
                    seen.insert(u, i);
                } else if (*it != i) {
                    sink.warning(QStringLiteral("route-push-shared-user"),
                                 QStringLiteral("user %1 is in profiles %2 and %3 of hub %4: on the PPP "
                                                "link the hub tells profiles apart only by the user's "
                                                "address, so %1 always gets the answer of %2")
                                     .arg(ValueRules::quote(u), t.profiles[*it].id, p.id, h.id),
                                 {t.profiles[*it].id, p.id}, {FieldPath::field(base, QStringLiteral("users"))});
                }
            }
        }
    }
}

} // namespace Checks
