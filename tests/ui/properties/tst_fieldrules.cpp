// The property fields and the validator judge a value the same way: every
// row runs through FieldRules (what the field says while typing) and
// ValueRules (what validation and the loaders refuse), and both must agree.
#include "core/net/ipv4address.h"
#include "core/validation/valuerules.h"
#include "ui/properties/fieldrules.h"

#include <QTest>

#include <functional>

namespace {

struct Rule
{
    const char *name;
    std::function<QString(const QString &)> field;
    std::function<bool(const QString &)> accepted; // by the validator
};

QList<Rule> rules()
{
    return {
        {"id", FieldRules::idProblem, [](const QString &v) { return ValueRules::idProblem(v).isEmpty(); }},
        {"name", FieldRules::nameProblem, [](const QString &v) { return ValueRules::nameProblem(v).isEmpty(); }},
        {"host", FieldRules::hostProblem,
         [](const QString &v) {
             return Ipv4Address::parse(v).has_value() || ValueRules::dnsNameProblem(v).isEmpty();
         }},
        {"secret name", FieldRules::secretNameProblem,
         [](const QString &v) { return ValueRules::secretNameProblem(v).isEmpty(); }},
        {"user name", FieldRules::userNameProblem,
         [](const QString &v) { return ValueRules::userNameProblem(v).isEmpty(); }},
    };
}

QList<QPair<const char *, QString>> values()
{
    return {
        {"plain", QStringLiteral("site-a")},
        {"mixed case", QStringLiteral("Site_A.1")},
        {"user with @", QStringLiteral("carol@example.org")},
        {"DNS name", QStringLiteral("vpn-1.example.org")},
        {"IPv4", QStringLiteral("203.0.113.10")},
        {"broken IPv4", QStringLiteral("203.0.113.300")},
        {"free text", QStringLiteral("Büro \"Nord\" $(x); #1")},
        {"empty", QString()},
        {"63 chars", QString(63, u'a')},
        {"64 chars", QString(64, u'a')},
        {"65 chars", QString(65, u'a')},
        {"200 chars", QString(200, u'n')},
        {"201 chars", QString(201, u'n')},
        {"trailing newline", QStringLiteral("site-a\n")},
        {"inner newline", QStringLiteral("site\na")},
        {"tab", QStringLiteral("site\ta")},
        {"ESC", QStringLiteral("site\x1b[2J")},
        {"NUL", QStringLiteral("site") + QChar(0) + QStringLiteral("a")},
        {"line separator U+2028", QStringLiteral("Site\u2028A")},
        {"paragraph separator U+2029", QStringLiteral("Site\u2029A")},
        {"bidi override U+202E", QStringLiteral("Site\u202eA")},
        {"bidi isolate U+2066", QStringLiteral("Site\u2066A")},
        {"C1 control U+0085", QStringLiteral("Site\u0085A")},
        {"leading dash", QStringLiteral("-site")},
        {"label ends with dash", QStringLiteral("vpn-.example.org")},
        {"space", QStringLiteral("site a")},
        {"non-ASCII", QStringLiteral("büro")},
    };
}

} // namespace

class TestFieldRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldAndValidatorAgree_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("value");
        const QList<Rule> all = rules();
        for (int r = 0; r < all.size(); ++r) {
            for (const auto &[label, value] : values())
                QTest::addRow("%s: %s", all[r].name, label) << r << value;
        }
    }

    void fieldAndValidatorAgree()
    {
        QFETCH(int, rule);
        QFETCH(QString, value);
        const Rule r = rules().at(rule);
        const QString fieldSays = r.field(value);
        QCOMPARE(fieldSays.isEmpty(), r.accepted(value));
        for (const QChar c : fieldSays)
            QVERIFY2(c.category() != QChar::Other_Control, "the message escapes what it shows");
    }

    void namesSayWhy()
    {
        QVERIFY(FieldRules::nameProblem(QString(201, u'n')).contains(QLatin1String("200")));
        QVERIFY(!FieldRules::nameProblem(QStringLiteral("a\u202eb")).isEmpty());
    }
};

QTEST_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
