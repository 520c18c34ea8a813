#include "core/validation/checks/checks.h"

#include "core/validation/fieldpath.h"

#include <QSet>

namespace Checks {

void sites(const Topology &t, FindingSink &sink)
{
    QSet<QString> linked;
    for (const Link &l : t.links) {
        if (l.from != l.to) {
            linked.insert(l.from);
            linked.insert(l.to);
        }
    }
    for (int i = 0; i < t.sites.size(); ++i) {
        const Site &s = t.sites[i];
        if (s.lans.isEmpty()) {
            sink.warning(QStringLiteral("site-without-lans"),
                         QStringLiteral("site %1 has no LANs, so there is nothing to route to it")
                             .arg(s.id),
                         {s.id}, {FieldPath::field(FieldPath::site(i), QStringLiteral("lans"))});
        }
        if (!s.isHub() && !linked.contains(s.id)) {
            sink.warning(QStringLiteral("gateway-not-linked"),
                         QStringLiteral("gateway %1 has no link to any site; add a link to its hub")
                             .arg(s.id),
                         {s.id}, {FieldPath::site(i)});
        }
    }
}

} // namespace Checks
