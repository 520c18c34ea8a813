#include "core/validation/checks/checks.h"

#include "core/validation/fieldpath.h"
#include "core/validation/siteindex.h"
#include "core/validation/valuerules.h"

#include <QHash>

namespace {

template <typename T>
void checkIds(const QList<T> &items, const QString &kind, QString (*path)(int), FindingSink &sink)
{
    QHash<QString, int> first;
    for (int i = 0; i < items.size(); ++i) {
        const QString &id = items[i].id;
        const QString idPath = FieldPath::field(path(i), QStringLiteral("id"));
        const QString problem = ValueRules::idProblem(id);
        if (!problem.isEmpty()) {
            sink.error(QStringLiteral("invalid-id"),
                       QStringLiteral("%1 id %2 %3; ids are 1-63 characters of a-z, 0-9 and '-', "
                                      "starting with a letter or digit")
                           .arg(kind, ValueRules::quote(id), problem),
                       {id}, {idPath});
        }
        const auto it = first.constFind(id);
        if (it != first.constEnd()) {
            sink.error(QStringLiteral("duplicate-id"),
                       QStringLiteral("%1 id %2 is used twice (%3 and %4)")
                           .arg(kind, ValueRules::quote(id), path(*it), path(i)),
                       {id}, {FieldPath::field(path(*it), QStringLiteral("id")), idPath});
        } else {
            first.insert(id, i);
        }
    }
}

} // namespace

namespace Checks {

void identities(const Topology &t, FindingSink &sink)
{
    checkIds(t.sites, QStringLiteral("site"), &FieldPath::site, sink);
    checkIds(t.links, QStringLiteral("link"), &FieldPath::link, sink);
    checkIds(t.profiles, QStringLiteral("profile"), &FieldPath::profile, sink);
    const SiteIndex index(t);
    for (int i = 0; i < t.links.size(); ++i) {
        const Link &l = t.links[i];
        for (const auto &[field, id] : {std::pair{QStringLiteral("from"), l.from},
                                        std::pair{QStringLiteral("to"), l.to}}) {
            if (!index.site(id)) {
                sink.error(QStringLiteral("unknown-site"),
                           QStringLiteral("link %1 refers to site %2, which does not exist")
                               .arg(ValueRules::quote(l.id), ValueRules::quote(id)),
                           {l.id}, {FieldPath::field(FieldPath::link(i), field)});
            }
        }
    }
    for (int i = 0; i < t.profiles.size(); ++i) {
        const Profile &p = t.profiles[i];
        for (const QString &hub : p.hubs()) {
            if (index.site(hub))
                continue;
            sink.error(QStringLiteral("unknown-site"),
                       QStringLiteral("profile %1 refers to %2 %3, which does not exist")
                           .arg(ValueRules::quote(p.id),
                                hub == p.hub ? QStringLiteral("hub") : QStringLiteral("backup hub"),
                                ValueRules::quote(hub)),
                       {p.id}, {FieldPath::field(FieldPath::profile(i), p.hubField(hub))});
        }
    }
}

} // namespace Checks
