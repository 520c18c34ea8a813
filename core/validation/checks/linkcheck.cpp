#include "core/validation/checks/checks.h"

#include "core/model/platformsupport.h"
#include "core/validation/fieldpath.h"
#include "core/validation/siteindex.h"

#include <QHash>

namespace {

QString linkField(int i, const char *field)
{
    return FieldPath::field(FieldPath::link(i), QLatin1String(field));
}

using PlatformSupport::routeBasedOnly;

// Errors for link i whose two ends the generators cannot make agree.
void platformPair(const Link &l, int i, const Site &a, const Site &b, const SiteIndex &index,
                  FindingSink &sink)
{
    if (l.transport == Transport::L2tp) {
        for (const Site *s : {&a, &b}) {
            if (PlatformSupport::generatesL2tpLink(s->platform))
                continue;
            sink.error(QStringLiteral("l2tp-link-unsupported"),
                       QStringLiteral("link %1 is an L2TP link, but RouteStudio generates no L2TP "
                                      "link for %2 (site %3): its config would miss the link; "
                                      "use transport ipsec")
                           .arg(l.id, Enums::toString(s->platform), s->id),
                       {l.id, s->id},
                       {linkField(i, "transport"), FieldPath::field(FieldPath::site(index.indexOf(s->id)),
                                                                    QLatin1String("platform"))});
        }
        return;
    }
    if (l.ike == IkeVersion::Ikev1 && routeBasedOnly(a.platform) != routeBasedOnly(b.platform)) {
        const Site &vti = routeBasedOnly(a.platform) ? a : b;
        const Site &policy = routeBasedOnly(a.platform) ? b : a;
        sink.error(QStringLiteral("ikev1-selector-mismatch"),
                   QStringLiteral("link %1 uses IKEv1 between %2 (site %3, one 0.0.0.0/0 tunnel "
                                  "selector) and %4 (site %5, one selector per subnet pair): IKEv1 "
                                  "cannot narrow selectors, so the tunnel never comes up; set ike "
                                  "to ikev2")
                       .arg(l.id, Enums::toString(vti.platform), vti.id,
                            Enums::toString(policy.platform), policy.id),
                   {l.id, vti.id, policy.id}, {linkField(i, "ike")});
    }
}

} // namespace

namespace Checks {

void links(const Topology &t, FindingSink &sink)
{
    const SiteIndex index(t);
    QHash<QString, int> pairs; // "a\nb" (sorted ends) -> first link index
    for (int i = 0; i < t.links.size(); ++i) {
        const Link &l = t.links[i];
        if (l.from == l.to) {
            sink.error(QStringLiteral("link-to-self"),
                       QStringLiteral("link %1 connects site %2 to itself").arg(l.id, l.from),
                       {l.id, l.from}, {linkField(i, "from"), linkField(i, "to")});
            continue;
        }
        const Site *a = index.site(l.from);
        const Site *b = index.site(l.to);
        if (!a || !b)
            continue; // unknown-site
        // A backup link beside a primary one is a second path, not a duplicate.
        const QString key = (l.from < l.to ? l.from + u'\n' + l.to : l.to + u'\n' + l.from)
                            + u'\n' + Enums::toString(l.role);
        const auto it = pairs.constFind(key);
        if (it != pairs.constEnd()) {
            sink.warning(QStringLiteral("duplicate-link"),
                         QStringLiteral("links %1 and %2 both connect %3 and %4; keep one, or the "
                                        "route table holds every route twice")
                             .arg(t.links[*it].id, l.id, l.from, l.to),
                         {t.links[*it].id, l.id}, {FieldPath::link(*it), FieldPath::link(i)});
        } else {
            pairs.insert(key, i);
        }
        if (!a->isHub() && !b->isHub()) {
            sink.warning(QStringLiteral("link-without-hub"),
                         QStringLiteral("link %1 connects two gateways (%2, %3); routes are derived "
                                        "only for links to a hub, so this link carries no routes")
                             .arg(l.id, l.from, l.to),
                         {l.id}, {FieldPath::link(i)});
            continue;
        }
        if (a->isHub() && b->isHub()) {
            sink.warning(QStringLiteral("link-between-hubs"),
                         QStringLiteral("link %1 connects two hubs (%2, %3); routes are derived "
                                        "only for hub-to-gateway links, so this link carries no "
                                        "routes")
                             .arg(l.id, l.from, l.to),
                         {l.id}, {FieldPath::link(i)});
            continue;
        }
        platformPair(l, i, *a, *b, index, sink);
        if (l.transport != Transport::L2tp)
            continue;
        const Site &hub = a->isHub() ? *a : *b;
        if (!hub.remoteAccess) {
            sink.error(QStringLiteral("hub-without-remote-access"),
                       QStringLiteral("link %1 dials hub %2 over L2TP, but the hub has no "
                                      "remoteAccess settings (pool, local address); add them")
                           .arg(l.id, hub.id),
                       {l.id, hub.id}, {linkField(i, "transport"), FieldPath::site(index.indexOf(hub.id))});
        }
        if (l.ike != IkeVersion::Ikev1) {
            sink.warning(QStringLiteral("l2tp-needs-ikev1"),
                         QStringLiteral("link %1 is an L2TP link with %2; the hub's L2TP/IPsec "
                                        "server speaks IKEv1, so set ike to ikev1")
                             .arg(l.id, Enums::toString(l.ike)),
                         {l.id}, {linkField(i, "ike")});
        }
    }
}

} // namespace Checks
