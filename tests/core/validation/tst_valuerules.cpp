#include "core/validation/valuerules.h"
#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

// The rules of DEVELOPERS.md, one row per edge.
class TestValueRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // empty = accepted; else a part of the problem
        QTest::newRow("id ok") << "id" << "site-a" << "";
        QTest::newRow("id digit first") << "id" << "1st" << "";
        QTest::newRow("id 63") << "id" << QString(63, u'a') << "";
        QTest::newRow("id 64") << "id" << QString(64, u'a') << "is 64 characters long (at most 63)";
        QTest::newRow("id dash first") << "id" << "-a" << "contains '-' at position 1";
        QTest::newRow("id upper") << "id" << "siteA" << "contains 'A' at position 5";
        QTest::newRow("id underscore") << "id" << "site_a" << "contains '_'";
        QTest::newRow("id empty") << "id" << "" << "is empty";
        QTest::newRow("secret name dots") << "secret" << "Hq.L2tp_psk-1" << "";
        QTest::newRow("secret name @") << "secret" << "a@b" << "contains '@'";
        QTest::newRow("secret name 64") << "secret" << QString(64, u'S') << "";
        QTest::newRow("secret name 65") << "secret" << QString(65, u'S') << "at most 64";
        QTest::newRow("secret name dot first") << "secret" << ".x" << "position 1";
        QTest::newRow("user email") << "user" << "Alice.B@example.org" << "";
        QTest::newRow("user space") << "user" << "alice b" << "contains a space at position 6";
        QTest::newRow("user non-ASCII") << "user" << QStringLiteral("j\u00fcrgen") << "U+00FC";
        QTest::newRow("user at first") << "user" << "@alice" << "position 1";
        QTest::newRow("dns ok") << "dns" << "vpn-1.example.org" << "";
        QTest::newRow("dns digits label") << "dns" << "1.example.org" << "";
        QTest::newRow("dns all digits") << "dns" << "1.2.3" << "looks like an IPv4 address";
        QTest::newRow("dns trailing dot") << "dns" << "vpn.example.org." << "empty label";
        QTest::newRow("dns dash start") << "dns" << "-vpn.example.org" << "starts or ends with '-'";
        QTest::newRow("dns 63 label") << "dns" << QString(63, u'a') + ".org" << "";
        QTest::newRow("dns star") << "dns" << "*.example.org" << "contains '*'";
        QTest::newRow("name free text") << "name" << "Büro \"Süd\" ; $(x) #1" << "";
        QTest::newRow("name empty") << "name" << "" << "";
        QTest::newRow("name 200") << "name" << QString(200, u'n') << "";
        QTest::newRow("name 201") << "name" << QString(201, u'n') << "at most 200";
        QTest::newRow("name DEL") << "name" << QStringLiteral("a\x7f") << "U+007F";
        QTest::newRow("name C1") << "name" << QStringLiteral("a\u0085") << "U+0085";
        QTest::newRow("name RLO") << "name" << QStringLiteral("a\u202eb") << "U+202E";
        QTest::newRow("name LRI") << "name" << QStringLiteral("a\u2066b") << "U+2066";
        QTest::newRow("psk 8") << "psk" << "Abcdef1!" << "";
        QTest::newRow("psk 7") << "psk" << "Abcdef1" << "is 7 characters long (at least 8)";
        QTest::newRow("psk 128") << "psk" << QString(128, u'p') << "";
        QTest::newRow("psk 129") << "psk" << QString(129, u'p') << "at most 128";
        QTest::newRow("psk alphabet") << "psk" << "AZaz09-_.:+=@%^~!/" << "";
        QTest::newRow("psk quote") << "psk" << "abcdefgh\"" << "contains 1 character(s) outside";
        QTest::newRow("psk comma") << "psk" << "abcdefgh," << "contains 1 character(s)";
        QTest::newRow("psk 0s") << "psk" << "0sQUJDREVGR0g=" << "starts with 0x or 0s";
        QTest::newRow("psk 0X") << "psk" << "0X41424344" << "starts with 0x or 0s";
        QTest::newRow("psk 0 then other") << "psk" << "0abcdefgh" << "";
    }

    void rules()
    {
        QFETCH(QString, rule);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        QString got;
        if (rule == QLatin1String("id"))
            got = ValueRules::idProblem(value);
        else if (rule == QLatin1String("secret"))
            got = ValueRules::secretNameProblem(value);
        else if (rule == QLatin1String("user"))
            got = ValueRules::userNameProblem(value);
        else if (rule == QLatin1String("dns"))
            got = ValueRules::dnsNameProblem(value);
        else if (rule == QLatin1String("name"))
            got = ValueRules::nameProblem(value);
        else
            got = ValueRules::secretProblem(value);
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(problem), qPrintable(got));
        if (rule == QLatin1String("psk") && value.size() > 2)
            QVERIFY(!got.contains(value));
    }

    void quote_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "hq" << "\"hq\"";
        QTest::newRow("quote and backslash") << "a\"b\\c" << "\"a\\\"b\\\\c\"";
        QTest::newRow("newline") << "a\nb" << "\"a\\nb\"";
        QTest::newRow("escape") << "\x1b[2J" << "\"\\u001B[2J\"";
        QTest::newRow("bidi") << QStringLiteral("a\u202eb") << "\"a\\u202Eb\"";
        QTest::newRow("non-ASCII kept") << QStringLiteral("B\u00fcro") << QStringLiteral("\"B\u00fcro\"");
        QTest::newRow("long cut") << QString(70, u'x') << "\"" + QString(64, u'x') + "\" (70 characters)";
    }

    void quote()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(ValueRules::quote(value), quoted);
    }

    void noMessageCarriesARawControlCharacter()
    {
        Topology t = seed();
        const QString evil = QStringLiteral("x\x1b]0;pwned\x07\n");
        t.sites[1].id = evil;
        t.sites[1].name = evil;
        t.links[0].to = evil;
        t.links[0].id = evil;
        t.profiles[0].hub = evil;
        t.sites[1].lans = prefixes({"10.10.0.0/16"});
        const QList<Finding> all = Validator::validate(t);
        QVERIFY(all.size() > 4);
        for (const Finding &f : all) {
            for (QChar c : f.message)
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(f.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestValueRules)
#include "tst_valuerules.moc"
