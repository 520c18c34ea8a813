#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

namespace {

// Where a hostile value goes, and the code that must refuse it there.
struct Field
{
    const char *name;
    const char *code;
    bool freeText; // names: only control characters and length are refused
    std::function<void(Topology &, Secrets &, const QString &)> set;
};

QList<Field> fields()
{
    return {
        {"topology name", "unsafe-value", true,
         [](Topology &t, Secrets &, const QString &v) { t.name = v; }},
        {"site name", "unsafe-value", true,
         [](Topology &t, Secrets &, const QString &v) { t.sites[1].name = v; }},
        {"site id", "invalid-id", false,
         [](Topology &t, Secrets &, const QString &v) { t.sites[1].id = v; t.links[0].to = v; }},
        {"link id", "invalid-id", false,
         [](Topology &t, Secrets &, const QString &v) { t.links[0].id = v; }},
        {"profile id", "invalid-id", false,
         [](Topology &t, Secrets &, const QString &v) { t.profiles[0].id = v; }},
        {"link secret name", "unsafe-value", false,
         [](Topology &t, Secrets &s, const QString &v) {
             t.links[0].secret = v;
             s.psk.insert(v, s.psk.value(QStringLiteral("hq-site-a")));
         }},
        {"profile secret name", "unsafe-value", false,
         [](Topology &t, Secrets &s, const QString &v) {
             t.profiles[0].secret = v;
             s.psk.insert(v, s.psk.value(QStringLiteral("hq-l2tp")));
         }},
        {"user name", "unsafe-value", false,
         [](Topology &t, Secrets &s, const QString &v) {
             t.profiles[0].users[1] = v;
             s.users.insert(v, s.users.value(QStringLiteral("bob")));
         }},
        {"public address", "invalid-address", false,
         [](Topology &t, Secrets &, const QString &v) { t.sites[1].publicAddress = v; }},
        {"pre-shared key", "unsafe-secret", false,
         [](Topology &, Secrets &s, const QString &v) { s.psk[QStringLiteral("hq-l2tp")] = v; }},
        {"password", "unsafe-secret", false,
         [](Topology &, Secrets &s, const QString &v) { s.users[QStringLiteral("alice")] = v; }},
        {"tunnel interface", "invalid-tunnel-interface", false,
         [](Topology &t, Secrets &, const QString &v) {
             t.sites[1].extra.insert(QStringLiteral("tunnelInterface"), v);
         }},
    };
}

struct Hostile
{
    const char *label;
    QString value;
    bool control;      // refused even in free text
    bool okInSecret = false; // within the PSK/password alphabet
};

// The hostile corpus. Values sit between ordinary characters so that the
// hostile part, not the first character or the length, is what is refused.
QList<Hostile> corpus()
{
    auto mid = [](const QString &s) -> QString { return QStringLiteral("abcdefgh") + s + QStringLiteral("ijkl"); };
    return {
        {"double quote", mid(QStringLiteral("\"")), false},
        {"single quote", mid(QStringLiteral("'")), false},
        {"newline", mid(QStringLiteral("\n")), true},
        // Short enough for every length rule: only the final newline is wrong
        // ("$" in a regular expression matches before it).
        {"trailing newline", QStringLiteral("abcdefgh\n"), true},
        {"carriage return", mid(QStringLiteral("\r")), true},
        {"tab", mid(QStringLiteral("\t")), true},
        {"NUL", mid(QString(QChar(0))), true},
        {"escape sequence", mid(QStringLiteral("\x1b[2J")), true},
        {"command substitution", mid(QStringLiteral("$(reboot)")), false},
        {"backticks", mid(QStringLiteral("`id`")), false},
        {"semicolon", mid(QStringLiteral(";")), false},
        {"hash", mid(QStringLiteral("#")), false},
        {"space", mid(QStringLiteral(" ")), false},
        {"backslash", mid(QStringLiteral("\\")), false},
        {"pipe and redirect", mid(QStringLiteral("|>")), false},
        {"braces", mid(QStringLiteral("{x}")), false},
        {"non-ASCII", mid(QStringLiteral("\u00fc")), false},
        {"bidi override", mid(QStringLiteral("\u202e")), true},
        {"line separator", mid(QStringLiteral("\u2028")), true},
        {"zero-width space", mid(QStringLiteral("\u200b")), true},
        {"bidi isolate", mid(QStringLiteral("\u2067")), true},
        {"byte order mark", mid(QStringLiteral("\ufeff")), true},
        {"C1 control", mid(QStringLiteral("\u0085")), true},
        {"leading dash", QStringLiteral("-abcdefghijk"), false, true},
        {"empty", QString(), false},
        {"over-long", QString(300, u'a'), true},
    };
}

} // namespace

// Issue 3, "nothing escapes": every field that reaches a config or script
// refuses every hostile value; free-text names refuse control characters.
class TestValueCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileCorpus_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("refused");
        const QList<Field> f = fields();
        for (int i = 0; i < f.size(); ++i) {
            for (const Hostile &h : corpus()) {
                const bool secret = QByteArray(f[i].code) == "unsafe-secret";
                const bool refused = secret ? !h.okInSecret : !f[i].freeText || h.control;
                QTest::addRow("%s: %s", f[i].name, h.label)
                    << i << h.value << QString::fromLatin1(f[i].code) << refused;
            }
        }
    }

    void hostileCorpus()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(bool, refused);
        Topology t = seed();
        Secrets s = seedSecrets();
        fields()[field].set(t, s, value);
        const QList<Finding> all = Validator::validate(t, &s);
        const QList<Finding> found = withCode(all, code);
        QVERIFY2(found.size() == (refused ? 1 : 0), qPrintable(describe(all)));
        if (!refused)
            return;
        QVERIFY(Validator::hasErrors(all));
        QVERIFY2(!found.first().paths.isEmpty(), "the finding names the field");
        if (code == QLatin1String("unsafe-secret")) {
            QVERIFY2(value.isEmpty() || !found.first().message.contains(value),
                     "a secret's value is never shown");
            return;
        }
        for (QChar c : found.first().message)
            QVERIFY2(c.category() != QChar::Other_Control, "messages escape control characters");
    }

    void cleanValuesPass_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("site name, free text") << 1 << QStringLiteral("Büro \"Nord\" $(x); #1");
        QTest::newRow("site id") << 2 << QStringLiteral("site-b");
        QTest::newRow("link secret name") << 5 << QStringLiteral("Link_1.psk-a");
        QTest::newRow("user name with @") << 7 << QStringLiteral("carol@example.org");
        QTest::newRow("public address DNS") << 8 << QStringLiteral("vpn-1.Example.org");
        QTest::newRow("psk full alphabet") << 9 << QStringLiteral("Az09-_.:+=@%^~!/Az09-_.:+");
        QTest::newRow("password 128 chars") << 10 << QString(128, u'x');
    }

    void cleanValuesPass()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        Topology t = seed();
        Secrets s = seedSecrets();
        fields()[field].set(t, s, value);
        const QList<Finding> all = Validator::validate(t, &s);
        QVERIFY2(!Validator::hasErrors(all), qPrintable(describe(all)));
    }

    // unsafe-value rows with exact paths and messages.
    void findings_data()
    {
        addFindingColumns();
        row("seed", [](Topology &) {}, "unsafe-value", 0);
        row("topology name newline", [](Topology &t) { t.name = QStringLiteral("a\nb"); },
            "unsafe-value", 1, {"name"}, "the topology name \"a\\nb\" contains a newline");
        row("site name ESC", [](Topology &t) { t.sites[0].name = QStringLiteral("x\x1b[31m"); },
            "unsafe-value", 1, {"sites[0].name"}, "\"x\\u001B[31m\" contains the character U+001B");
        row("link secret with space", [](Topology &t) { t.links[0].secret = QStringLiteral("a b"); },
            "unsafe-value", 1, {"links[0].secret"}, "contains a space at position 2");
        row("profile secret empty", [](Topology &t) { t.profiles[0].secret.clear(); },
            "unsafe-value", 1, {"profiles[0].secret"}, "is empty");
        row("second user quote", [](Topology &t) { t.profiles[0].users[1] = QStringLiteral("b\"ob"); },
            "unsafe-value", 1, {"profiles[0].users[1]"}, "contains '\"' at position 2");
        row("user name 64 chars", [](Topology &t) { t.profiles[0].users[1] = QString(64, u'u'); },
            "unsafe-value", 0);
        row("user name 65 chars", [](Topology &t) { t.profiles[0].users[1] = QString(65, u'u'); },
            "unsafe-value", 1, {"profiles[0].users[1]"}, "is 65 characters long (at most 64)");
    }

    void findings() { verifyFindingRow(); }
};

QTEST_GUILESS_MAIN(TestValueCheck)
#include "tst_valuecheck.moc"
