#include "core/validation/checks/checks.h"

#include "core/validation/fieldpath.h"
#include "core/validation/valuerules.h"

#include <QSet>

// Runs only when a secrets file is given. Messages name secrets, never values.
namespace {

class SecretChecker
{
public:
    SecretChecker(const Secrets &secrets, FindingSink &sink) : m_secrets(secrets), m_sink(sink) {}

    void psk(const QString &name, const QString &owner, const QString &path)
    {
        if (!ValueRules::secretNameProblem(name).isEmpty())
            return; // unsafe-value already
        check(m_secrets.psk, QStringLiteral("psk"), QStringLiteral("pre-shared key"), name, owner, path);
    }
    void user(const QString &name, const QString &owner, const QString &path)
    {
        if (!ValueRules::userNameProblem(name).isEmpty())
            return; // unsafe-value already
        check(m_secrets.users, QStringLiteral("users"), QStringLiteral("password of user"), name,
              owner, path);
    }

private:
    void check(const QMap<QString, QString> &map, const QString &section, const QString &what,
               const QString &name, const QString &owner, const QString &path)
    {
        const auto it = map.constFind(name);
        if (it == map.constEnd()) {
            m_sink.error(QStringLiteral("missing-secret"),
                         QStringLiteral("%1 %2 (used by %3) is not in the secrets file; add it to "
                                        "\"%4\" or let RouteStudio generate one")
                             .arg(what, name, owner, section),
                         {owner, name}, {path});
            return;
        }
        const QString entry = section + u'.' + name;
        if (!m_checked.contains(entry)) {
            m_checked.insert(entry);
            report(*it, what, name, owner, path, entry);
        }
    }

    void report(const QString &value, const QString &what, const QString &name,
                const QString &owner, const QString &path, const QString &entry)
    {
        const QString problem = ValueRules::secretProblem(value);
        if (!problem.isEmpty()) {
            m_sink.error(QStringLiteral("unsafe-secret"),
                         QStringLiteral("%1 %2 %3; secrets are 8-128 characters of %4")
                             .arg(what, name, problem, ValueRules::secretAlphabet()),
                         {owner, name}, {entry, path});
        } else if (value.size() < 20) {
            m_sink.warning(QStringLiteral("weak-secret"),
                           QStringLiteral("%1 %2 is only %3 characters long; use at least 20 "
                                          "(RouteStudio generates 32)")
                               .arg(what, name)
                               .arg(value.size()),
                           {owner, name}, {entry, path});
        }
    }

    const Secrets &m_secrets;
    FindingSink &m_sink;
    QSet<QString> m_checked;
};

} // namespace

namespace Checks {

void secrets(const Topology &t, const Secrets &secrets, FindingSink &sink)
{
    SecretChecker checker(secrets, sink);
    for (int i = 0; i < t.links.size(); ++i) {
        checker.psk(t.links[i].secret, t.links[i].id,
                    FieldPath::field(FieldPath::link(i), QStringLiteral("secret")));
    }
    for (int i = 0; i < t.profiles.size(); ++i) {
        const Profile &p = t.profiles[i];
        const QString base = FieldPath::profile(i);
        checker.psk(p.secret, p.id, FieldPath::field(base, QStringLiteral("secret")));
        for (int u = 0; u < p.users.size(); ++u)
            checker.user(p.users[u], p.id, FieldPath::item(base, QStringLiteral("users"), u));
    }
}

} // namespace Checks
