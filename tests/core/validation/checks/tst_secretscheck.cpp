#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

using SecretsEdit = std::function<void(Secrets &)>;
Q_DECLARE_METATYPE(SecretsEdit)

// missing-secret, unsafe-secret, weak-secret: only when a secrets file is given,
// and never with a secret's value in the message.
class TestSecretsCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        QTest::addColumn<SecretsEdit>("secretsEdit");
        auto row = [](const char *name, const TopologyEdit &t, const SecretsEdit &s, const char *code,
                      int count, const QStringList &paths = {}, const QString &message = {}) {
            QTest::newRow(name) << t << QString::fromLatin1(code) << count << paths << message << s;
        };
        const TopologyEdit same = [](Topology &) {};
        const SecretsEdit keep = [](Secrets &) {};
        auto psk = [](const QString &v) -> SecretsEdit {
            return [v](Secrets &s) { s.psk[QStringLiteral("hq-site-a")] = v; };
        };
        row("seed secrets complete", same, keep, "missing-secret", 0);
        row("link PSK missing", same, [](Secrets &s) { s.psk.remove(QStringLiteral("hq-site-a")); },
            "missing-secret", 1, {"links[0].secret"},
            "pre-shared key hq-site-a (used by hq-site-a) is not in the secrets file");
        row("profile PSK missing", same, [](Secrets &s) { s.psk.remove(QStringLiteral("hq-l2tp")); },
            "missing-secret", 1, {"profiles[0].secret"});
        row("user password missing", same, [](Secrets &s) { s.users.remove(QStringLiteral("bob")); },
            "missing-secret", 1, {"profiles[0].users[1]"}, "password of user bob (used by staff)");
        row("PSK stored as a password does not count", same,
            [](Secrets &s) {
                s.users.insert(QStringLiteral("hq-l2tp"), s.psk.take(QStringLiteral("hq-l2tp")));
            },
            "missing-secret", 1, {"profiles[0].secret"});
        row("unsafe name: reported as unsafe-value only",
            [](Topology &t) { t.links[0].secret = QStringLiteral("a b"); }, keep, "missing-secret", 0);

        row("seed secrets safe", same, keep, "unsafe-secret", 0);
        row("7 characters", same, psk(QStringLiteral("Abc-123")), "unsafe-secret", 1,
            {"psk.hq-site-a", "links[0].secret"},
            "pre-shared key hq-site-a is 7 characters long (at least 8)");
        row("8 characters", same, psk(QStringLiteral("Abc-1234")), "unsafe-secret", 0);
        row("129 characters", same, psk(QString(129, u'k')), "unsafe-secret", 1, {},
            "is 129 characters long (at most 128)");
        row("quote and space", same, psk(QStringLiteral("Secret \"quoted\" value!")), "unsafe-secret",
            1, {}, "contains 4 character(s) outside A-Z a-z 0-9 - _ . : + = @ % ^ ~ ! /");
        row("hex prefix", same, psk(QStringLiteral("0x0123456789abcdef0123")), "unsafe-secret", 1, {},
            "starts with 0x or 0s");
        row("base64 prefix", same, psk(QStringLiteral("0sQWxhZGRpbjpvcGVuIHNlc2FtZQ")), "unsafe-secret",
            1, {}, "starts with 0x or 0s");
        row("password with dollar", same,
            [](Secrets &s) { s.users[QStringLiteral("alice")] = QStringLiteral("pa$$word-long-enough-1"); },
            "unsafe-secret", 1, {"users.alice", "profiles[0].users[0]"}, "password of user alice");
        row("a secret used twice is reported once",
            [](Topology &t) { t.profiles[0].secret = QStringLiteral("hq-site-a"); },
            psk(QStringLiteral("short")), "unsafe-secret", 1);

        row("seed secrets strong", same, keep, "weak-secret", 0);
        row("19 characters", same, psk(QString(19, u'k')), "weak-secret", 1,
            {"psk.hq-site-a", "links[0].secret"}, "is only 19 characters long; use at least 20");
        row("20 characters", same, psk(QString(20, u'k')), "weak-secret", 0);
        row("unsafe is not also weak", same, psk(QStringLiteral("short")), "weak-secret", 0);
    }

    void findings()
    {
        QFETCH(TopologyEdit, edit);
        QFETCH(SecretsEdit, secretsEdit);
        Topology t = seed();
        edit(t);
        Secrets s = seedSecrets();
        secretsEdit(s);
        const QList<Finding> all = Validator::validate(t, &s);
        verifyFindings(all);
        for (const Finding &f : all) {
            for (const QString &value : s.psk.values() + s.users.values())
                QVERIFY2(value.size() < 5 || !f.message.contains(value), qPrintable(f.message));
        }
    }

    void withoutSecretsNothingIsChecked()
    {
        const QList<Finding> all = Validator::validate(seed(), nullptr);
        QCOMPARE(withCode(all, QStringLiteral("missing-secret")).size(), 0);
        Secrets empty;
        QCOMPARE(withCode(Validator::validate(seed(), &empty), QStringLiteral("missing-secret")).size(),
                 4); // hq-site-a, hq-l2tp, alice, bob
    }
};

QTEST_GUILESS_MAIN(TestSecretsCheck)
#include "tst_secretscheck.moc"
