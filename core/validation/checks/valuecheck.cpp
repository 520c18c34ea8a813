#include "core/validation/checks/checks.h"

#include "core/validation/fieldpath.h"
#include "core/validation/valuerules.h"

namespace {

void report(FindingSink &sink, const QString &problem, const QString &what, const QString &value,
            const QString &rule, const QString &object, const QString &path)
{
    if (problem.isEmpty())
        return;
    sink.error(QStringLiteral("unsafe-value"),
               QStringLiteral("%1 %2 %3; %4").arg(what, ValueRules::quote(value), problem, rule),
               object.isEmpty() ? QStringList{} : QStringList{object}, {path});
}

} // namespace

namespace Checks {

void values(const Topology &t, FindingSink &sink)
{
    const QString nameRule = QStringLiteral("names are free text without control characters");
    const QString secretRule = QStringLiteral(
        "secret names are 1-64 characters of A-Z, a-z, 0-9, '.', '_' and '-', starting with a "
        "letter or digit");
    const QString userRule = QStringLiteral(
        "user names are 1-64 characters of A-Z, a-z, 0-9, '.', '_', '@' and '-', starting with a "
        "letter or digit");
    report(sink, ValueRules::nameProblem(t.name), QStringLiteral("the topology name"), t.name,
           nameRule, {}, QStringLiteral("name"));
    for (int i = 0; i < t.sites.size(); ++i) {
        const Site &s = t.sites[i];
        report(sink, ValueRules::nameProblem(s.name), QStringLiteral("the name of site %1").arg(s.id),
               s.name, nameRule, s.id, FieldPath::field(FieldPath::site(i), QStringLiteral("name")));
    }
    for (int i = 0; i < t.links.size(); ++i) {
        const Link &l = t.links[i];
        report(sink, ValueRules::secretNameProblem(l.secret),
               QStringLiteral("the secret name of link %1").arg(l.id), l.secret, secretRule, l.id,
               FieldPath::field(FieldPath::link(i), QStringLiteral("secret")));
    }
    for (int i = 0; i < t.profiles.size(); ++i) {
        const Profile &p = t.profiles[i];
        const QString base = FieldPath::profile(i);
        report(sink, ValueRules::secretNameProblem(p.secret),
               QStringLiteral("the secret name of profile %1").arg(p.id), p.secret, secretRule,
               p.id, FieldPath::field(base, QStringLiteral("secret")));
        for (int u = 0; u < p.users.size(); ++u) {
            report(sink, ValueRules::userNameProblem(p.users[u]),
                   QStringLiteral("user name in profile %1").arg(p.id), p.users[u], userRule, p.id,
                   FieldPath::item(base, QStringLiteral("users"), u));
        }
    }
}

} // namespace Checks
