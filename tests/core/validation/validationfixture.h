#pragma once

#include "core/io/exampletopology.h"
#include "core/validation/validator.h"

#include <QList>
#include <QMap>
#include <QTest>
#include <QMetaType>
#include <QStringList>
#include <functional>

// Shared helpers for the validation tests: rows edit the seed example (which is
// free of errors) and check which findings appear.
using TopologyEdit = std::function<void(Topology &)>;
Q_DECLARE_METATYPE(TopologyEdit)

namespace ValidationFixture {

inline Ipv4Prefix prefix(const char *text)
{
    const auto p = Ipv4Prefix::parse(QString::fromLatin1(text));
    Q_ASSERT(p);
    return *p;
}

inline Ipv4Address address(const char *text)
{
    const auto a = Ipv4Address::parse(QString::fromLatin1(text));
    Q_ASSERT(a);
    return *a;
}

inline QList<Ipv4Prefix> prefixes(std::initializer_list<const char *> texts)
{
    QList<Ipv4Prefix> out;
    for (const char *t : texts)
        out << prefix(t);
    return out;
}

inline Site gateway(const QString &id, std::initializer_list<const char *> lans,
                    const QString &publicAddress = QStringLiteral("198.51.100.99"))
{
    Site s;
    s.id = id;
    s.name = id;
    s.role = SiteRole::Gateway;
    s.publicAddress = publicAddress;
    s.lans = prefixes(lans);
    return s;
}

inline Site hub(const QString &id, std::initializer_list<const char *> lans, const char *pool,
                const char *localAddress,
                const QString &publicAddress = QStringLiteral("192.0.2.99"))
{
    Site s = gateway(id, lans, publicAddress);
    s.role = SiteRole::Hub;
    if (pool) {
        RemoteAccess ra;
        ra.pool = prefix(pool);
        ra.localAddress = address(localAddress);
        s.remoteAccess = ra;
    }
    return s;
}

inline Link link(const QString &id, const QString &from, const QString &to,
                 Transport transport = Transport::Ipsec)
{
    Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.transport = transport;
    l.ike = transport == Transport::L2tp ? IkeVersion::Ikev1 : IkeVersion::Ikev2;
    l.secret = id;
    return l;
}

inline Topology seed() { return ExampleTopology::topology(); }

// Secrets for every name the seed uses, all valid and strong.
inline Secrets seedSecrets()
{
    Secrets s;
    s.psk.insert(QStringLiteral("hq-site-a"), QStringLiteral("Strong-psk-for-hq-site-a-000"));
    s.psk.insert(QStringLiteral("hq-l2tp"), QStringLiteral("Strong-psk-for-hq-l2tp-00000"));
    s.users.insert(QStringLiteral("alice"), QStringLiteral("alice-password-long-enough"));
    s.users.insert(QStringLiteral("bob"), QStringLiteral("bob-password-long-enough-x"));
    return s;
}

inline QList<Finding> withCode(const QList<Finding> &findings, const QString &code)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.code == code)
            out << f;
    }
    return out;
}

inline QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings) {
        lines << QStringLiteral("%1 %2: %3 [%4]")
                     .arg(Finding::severityName(f.severity), f.code, f.message,
                          f.paths.join(QStringLiteral(", ")));
    }
    return lines.isEmpty() ? QStringLiteral("(no findings)") : lines.join(u'\n');
}

// Every finding code and its severity: part of the stable API (docs/findings.md).
inline Finding::Severity severityOf(const QString &code)
{
    using S = Finding::Severity;
    static const QMap<QString, S> table{
        {QStringLiteral("duplicate-id"), S::Error},
        {QStringLiteral("invalid-id"), S::Error},
        {QStringLiteral("unknown-site"), S::Error},
        {QStringLiteral("lan-overlap"), S::Error},
        {QStringLiteral("pool-overlaps-lan"), S::Error},
        {QStringLiteral("pool-overlap"), S::Error},
        {QStringLiteral("host-bits-set"), S::Error},
        {QStringLiteral("unsafe-value"), S::Error},
        {QStringLiteral("invalid-address"), S::Error},
        {QStringLiteral("public-address-private"), S::Warning},
        {QStringLiteral("public-address-documentation"), S::Info},
        {QStringLiteral("duplicate-public-address"), S::Warning},
        {QStringLiteral("local-address-in-pool"), S::Info},
        {QStringLiteral("local-address-not-usable"), S::Error},
        {QStringLiteral("local-address-in-lan"), S::Error},
        {QStringLiteral("pool-too-small"), S::Error},
        {QStringLiteral("remote-access-on-gateway"), S::Warning},
        {QStringLiteral("profile-hub-not-hub"), S::Error},
        {QStringLiteral("hub-without-remote-access"), S::Error},
        {QStringLiteral("full-tunnel-with-routes"), S::Warning},
        {QStringLiteral("invalid-legacy-proposals"), S::Error},
        {QStringLiteral("route-not-covered"), S::Warning},
        {QStringLiteral("profile-without-users"), S::Warning},
        {QStringLiteral("duplicate-user"), S::Warning},
        {QStringLiteral("psk-conflict"), S::Warning},
        {QStringLiteral("dns-not-routed"), S::Warning},
        {QStringLiteral("link-to-self"), S::Error},
        {QStringLiteral("link-without-hub"), S::Warning},
        {QStringLiteral("link-between-hubs"), S::Warning},
        {QStringLiteral("duplicate-link"), S::Warning},
        {QStringLiteral("l2tp-needs-ikev1"), S::Warning},
        {QStringLiteral("l2tp-link-unsupported"), S::Error},
        {QStringLiteral("ikev1-selector-mismatch"), S::Error},
        {QStringLiteral("site-without-lans"), S::Warning},
        {QStringLiteral("gateway-not-linked"), S::Warning},
        {QStringLiteral("invalid-tunnel-interface"), S::Error},
        {QStringLiteral("tunnel-interface-ignored"), S::Info},
        {QStringLiteral("tunnel-interface-unbound"), S::Warning},
        {QStringLiteral("mtu-too-large"), S::Warning},
        {QStringLiteral("mtu-too-small"), S::Error},
        {QStringLiteral("missing-secret"), S::Error},
        {QStringLiteral("unsafe-secret"), S::Error},
        {QStringLiteral("weak-secret"), S::Warning},
        {QStringLiteral("critical-single-path"), S::Warning},
        {QStringLiteral("backup-same-address"), S::Warning},
        {QStringLiteral("backup-prefix-mismatch"), S::Warning},
        {QStringLiteral("equal-metric-hubs"), S::Warning},
        {QStringLiteral("backup-link-unsupported"), S::Error},
        {QStringLiteral("backup-hub-same"), S::Warning},
    };
    Q_ASSERT_X(table.contains(code), "severityOf", qPrintable(code));
    return table.value(code);
}

// Columns of a finding table: an edit of the seed, the code looked at, how many
// findings with that code it must give, and (for the first one) the field paths
// and a part of the message.
inline void addFindingColumns()
{
    QTest::addColumn<TopologyEdit>("edit");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("message");
}

inline void row(const char *name, const TopologyEdit &edit, const char *code, int count,
                const QStringList &paths = {}, const QString &message = {})
{
    QTest::newRow(name) << edit << QString::fromLatin1(code) << count << paths << message;
}

// Checks the row's code, count, severity, paths and message against `all`.
inline void verifyFindings(const QList<Finding> &all)
{
    QFETCH(QString, code);
    QFETCH(int, count);
    QFETCH(QStringList, paths);
    QFETCH(QString, message);
    const QList<Finding> found = withCode(all, code);
    QVERIFY2(found.size() == count, qPrintable(describe(all)));
    for (const Finding &f : found)
        QCOMPARE(Finding::severityName(f.severity), Finding::severityName(severityOf(code)));
    if (count == 0)
        return;
    if (!paths.isEmpty())
        QCOMPARE(found.first().paths, paths);
    if (!message.isEmpty())
        QVERIFY2(found.first().message.contains(message), qPrintable(found.first().message));
}

// Runs the validator on the edited seed and checks the row.
inline void verifyFindingRow(const Secrets *secrets = nullptr)
{
    QFETCH(TopologyEdit, edit);
    Topology t = seed();
    edit(t);
    verifyFindings(Validator::validate(t, secrets));
}

} // namespace ValidationFixture
