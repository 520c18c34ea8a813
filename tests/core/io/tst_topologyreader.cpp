#include "core/io/exampletopology.h"
#include "core/io/topologyreader.h"

#include <QTest>

// Malformed files: every one is refused as a whole, with what and where.
class TestTopologyReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        const QByteArray seed = ExampleTopology::json();
        auto edit = [&](const char *from, const char *to) {
            QByteArray b = seed;
            b.replace(from, to);
            return b;
        };
        QTest::newRow("truncated") << seed.left(seed.indexOf("\"links\"")) << 29 << QString()
                                   << QStringLiteral("JSON syntax error");
        QTest::newRow("empty") << QByteArray() << 1 << QString()
                               << QStringLiteral("JSON syntax error");
        QTest::newRow("trailing comma") << edit("\"lans\": [\"10.20.0.0/16\"]\n",
                                                "\"lans\": [\"10.20.0.0/16\",]\n")
                                        << 26 << QString() << QStringLiteral("JSON syntax error");
        QTest::newRow("array root") << QByteArray("[1, 2]") << 0 << QString()
                                    << QStringLiteral("must hold a JSON object");
        QTest::newRow("wrong format") << edit("routestudio-topology", "something-else") << 0
                                      << QStringLiteral("format")
                                      << QStringLiteral("is not \"routestudio-topology\"");
        QTest::newRow("unknown version") << edit("\"version\": 1", "\"version\": 2") << 0
                                         << QStringLiteral("version")
                                         << QStringLiteral("version 2 is not supported");
        QTest::newRow("bad prefix /33") << edit("10.20.0.0/16", "10.0.0.0/33") << 0
                                        << QStringLiteral("sites[1].lans[0]")
                                        << QStringLiteral("\"10.0.0.0/33\" is not an IPv4 prefix");
        QTest::newRow("octet 256") << edit("10.8.0.0/24", "10.8.256.0/24") << 0
                                   << QStringLiteral("sites[0].remoteAccess.pool")
                                   << QStringLiteral("is not an IPv4 prefix");
        QTest::newRow("leading zero") << edit("\"10.8.0.1\"", "\"10.8.0.01\"") << 0
                                      << QStringLiteral("sites[0].remoteAccess.localAddress")
                                      << QStringLiteral("is not an IPv4 address");
        QTest::newRow("dns not address") << edit("10.10.0.53", "ns1.example") << 0
                                         << QStringLiteral("sites[0].remoteAccess.dns[0]")
                                         << QStringLiteral("is not an IPv4 address");
        QTest::newRow("lans not array") << edit("[\"10.20.0.0/16\"]", "\"10.20.0.0/16\"") << 0
                                        << QStringLiteral("sites[1].lans")
                                        << QStringLiteral("must be an array, not a string");
        QTest::newRow("lan number") << edit("[\"10.20.0.0/16\"]", "[10]") << 0
                                    << QStringLiteral("sites[1].lans[0]")
                                    << QStringLiteral("not a number");
        QTest::newRow("id number") << edit("\"id\": \"hq\"", "\"id\": 7") << 0
                                   << QStringLiteral("sites[0].id")
                                   << QStringLiteral("must be a string, not a number");
        QTest::newRow("missing role") << edit("\"role\": \"gateway\",", "") << 0
                                      << QStringLiteral("sites[1].role")
                                      << QStringLiteral("is required");
        QTest::newRow("unknown role") << edit("\"role\": \"gateway\"", "\"role\": \"spoke\"") << 0
                                      << QStringLiteral("sites[1].role")
                                      << QStringLiteral("\"spoke\" is not one of: hub, gateway");
        QTest::newRow("unknown transport") << edit("\"ipsec\"", "\"gre\"") << 0
                                           << QStringLiteral("links[0].transport")
                                           << QStringLiteral("is not one of");
        QTest::newRow("site not object") << edit("\"sites\": [", "\"sites\": [ 5,") << 0
                                         << QStringLiteral("sites[0]")
                                         << QStringLiteral("must be an object, not a number");
        QTest::newRow("missing sites") << QByteArray("{\"format\": \"routestudio-topology\", "
                                                     "\"version\": 1}")
                                       << 0 << QStringLiteral("sites")
                                       << QStringLiteral("is required");
        QTest::newRow("mtu string") << edit("\"mtu\": 1400", "\"mtu\": \"1400\"") << 0
                                    << QStringLiteral("mtu")
                                    << QStringLiteral("whole non-negative number");
        QTest::newRow("mtu fraction") << edit("\"mtu\": 1400", "\"mtu\": 1400.5") << 0
                                      << QStringLiteral("mtu")
                                      << QStringLiteral("whole non-negative number");
        QTest::newRow("layout bad") << edit("[360, 0]", "[360]") << 0
                                    << QStringLiteral("layout.site-a")
                                    << QStringLiteral("two numbers");
        QTest::newRow("users not strings") << edit("[\"alice\", \"bob\"]", "[\"alice\", null]")
                                           << 0 << QStringLiteral("profiles[0].users[1]")
                                           << QStringLiteral("must be a string, not null");
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, path);
        QFETCH(QString, message);
        LoadError error;
        const auto t = TopologyReader::fromJson(json, &error);
        QVERIFY(!t.has_value());
        QCOMPARE(error.line, line);
        if (line > 0)
            QVERIFY(error.column > 0);
        QCOMPARE(error.path, path);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
    }

    void errorTextNamesFileLineAndColumn()
    {
        LoadError error;
        error.file = QStringLiteral("x.json");
        QVERIFY(!TopologyReader::fromJson("{\n  \"format\": }", &error));
        QVERIFY2(error.toString().startsWith(QStringLiteral("x.json:2:")),
                 qPrintable(error.toString()));
    }

    // A key twice in one object is an error naming both places (QJsonDocument
    // would silently keep one of them).
    void duplicateKeyNamesBothPlaces()
    {
        LoadError error;
        const QByteArray json = "{\n  \"format\": \"routestudio-topology\",\n  \"version\": 1,\n"
                                "  \"sites\": [],\n  \"format\": \"routestudio-topology\"\n}";
        QVERIFY(!TopologyReader::fromJson(json, &error));
        QCOMPARE(error.line, 5);
        QCOMPARE(error.path, QStringLiteral("format"));
        QVERIFY2(error.message.contains(QLatin1String("\"format\" appears twice in one object, at "
                                                      "2:3 and 5:3")),
                 qPrintable(error.message));
    }

    // Keys are compared as decoded text: an escape spells the same key.
    void duplicateKeySpelledWithAnEscape()
    {
        QByteArray json = ExampleTopology::json();
        json.replace("\"role\": \"hub\"", "\"role\": \"hub\", \"r\\u006fle\": \"gateway\"");
        LoadError error;
        QVERIFY(!TopologyReader::fromJson(json, &error));
        QCOMPARE(error.path, QStringLiteral("sites[0].role"));
        QVERIFY2(error.message.contains(QLatin1String("\"role\" appears twice")),
                 qPrintable(error.message));
    }

    void nestedDuplicateKeyNamesItsPath()
    {
        QByteArray json = ExampleTopology::json();
        json.replace("\"role\": \"hub\"", "\"role\": \"hub\", \"role\": \"gateway\"");
        LoadError error;
        QVERIFY(!TopologyReader::fromJson(json, &error));
        QCOMPARE(error.path, QStringLiteral("sites[0].role"));
        QVERIFY2(error.message.contains(QLatin1String("appears twice")), qPrintable(error.message));
    }

    // A leading U+FEFF inside a string is refused, raw or escaped, never dropped.
    void leadingByteOrderMarkInAStringIsRefused_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("raw UTF-8") << QByteArray("\xEF\xBB\xBFHQ");
        QTest::newRow("escaped") << QByteArray("\\uFEFFHQ");
        QTest::newRow("escaped, lower case") << QByteArray("\\ufeffHQ");
    }
    void leadingByteOrderMarkInAStringIsRefused()
    {
        QFETCH(QByteArray, name);
        QByteArray json = ExampleTopology::json();
        const qsizetype at = json.indexOf("\"name\": \"", json.indexOf("\"sites\""));
        QVERIFY(at > 0);
        json.insert(at + 9, name);
        LoadError error;
        const auto t = TopologyReader::fromJson(json, &error);
        QVERIFY2(!t, t ? qPrintable(t->sites[0].name) : "");
        QCOMPARE(error.path, QStringLiteral("sites[0].name"));
        QVERIFY2(error.message.contains(QLatin1String("U+FEFF")), qPrintable(error.message));
    }

    // Load errors are escaped as findings are: an ESC in a value never reaches
    // the terminal raw.
    void loadErrorsEscapeWhatTheyEcho()
    {
        QByteArray json = ExampleTopology::json();
        json.replace("\"role\": \"hub\"", "\"role\": \"\x1b[31mhub\"");
        LoadError error;
        error.file = QStringLiteral("a\nb.json");
        QVERIFY(!TopologyReader::fromJson(json, &error));
        const QString text = error.toString();
        for (const QChar c : text)
            QVERIFY2(c.category() != QChar::Other_Control, qPrintable(text.toUtf8().toPercentEncoding()));
        QVERIFY2(text.contains(QLatin1String("\\u001B[31mhub")), qPrintable(text));
        QVERIFY2(text.startsWith(QLatin1String("a\\nb.json")), qPrintable(text));
    }

    void missingFileIsAnError()
    {
        LoadError error;
        QVERIFY(!TopologyReader::fromFile(QStringLiteral("/nonexistent/t.json"), &error));
        QVERIFY(error.toString().contains(QStringLiteral("/nonexistent/t.json")));
    }
};

QTEST_GUILESS_MAIN(TestTopologyReader)
#include "tst_topologyreader.moc"
