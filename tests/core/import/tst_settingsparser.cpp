#include "core/import/settingsparser.h"

#include <QTest>

namespace {

SourceTree tree(const QList<std::pair<QString, QByteArray>> &files)
{
    SourceTree t(QStringLiteral("box"));
    QString error;
    for (const auto &[path, bytes] : files) {
        if (!t.add(path, bytes, &error))
            qFatal("%s", qPrintable(error));
    }
    return t;
}

QStringList errors(const ImportLog &log)
{
    QStringList out;
    for (const ImportNote &n : log.ofKind(ImportNote::Kind::Error))
        out << n.place.toString() + u' ' + n.detail;
    return out;
}

} // namespace

class TestSettingsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sectionsValuesAndQuotes()
    {
        const SourceTree t = tree({{QStringLiteral("etc/swanctl/swanctl.conf"),
                                    "# comment { with brackets }\n"
                                    "connections {\n"
                                    "  hq   {   # trailing comment\n"
                                    "    remote_addrs = 192.0.2.1, 192.0.2.2\n"
                                    "    local { id = \"CN=hq, O=Example \\\"HQ\\\"\"\n}\n"
                                    "  }\n"
                                    "}\n"
                                    "secrets { ike-1 { secret = \"two\\\n  lines\"\n} }\n"}});
        ImportLog log;
        SettingsParser p(t, log);
        SettingsSection root;
        QVERIFY(p.parseFile(QStringLiteral("etc/swanctl/swanctl.conf"), root));
        QVERIFY2(errors(log).isEmpty(), qPrintable(errors(log).join(u'\n')));
        const SettingsSection *hq = root.find(QStringLiteral("connections.hq"));
        QVERIFY(hq);
        QCOMPARE(hq->value(QStringLiteral("remote_addrs"))->value, QStringLiteral("192.0.2.1, 192.0.2.2"));
        QCOMPARE(hq->value(QStringLiteral("remote_addrs"))->place.toString(),
                 QStringLiteral("etc/swanctl/swanctl.conf:4"));
        QCOMPARE(hq->section(QStringLiteral("local"))->value(QStringLiteral("id"))->value,
                 QStringLiteral("CN=hq, O=Example \"HQ\""));
        QCOMPARE(root.find(QStringLiteral("secrets.ike-1"))->value(QStringLiteral("secret"))->value,
                 QStringLiteral("two  lines"));
    }

    void includesGlobRelativeAndMerge()
    {
        const SourceTree t = tree({{QStringLiteral("etc/swanctl/swanctl.conf"),
                                    "connections { a { version = 1\n include a-extra.conf\n } }\n"
                                    "include conf.d/*.conf\n"},
                                   {QStringLiteral("etc/swanctl/a-extra.conf"), "remote_addrs = 198.51.100.1\n"},
                                   {QStringLiteral("etc/swanctl/conf.d/20-b.conf"), "connections { b { version = 2\n} }\n"},
                                   {QStringLiteral("etc/swanctl/conf.d/10-a.conf"),
                                    "connections { a { version = 2\n} }\n"},
                                   {QStringLiteral("etc/swanctl/conf.d/README"), "not included"}});
        ImportLog log;
        SettingsParser p(t, log);
        SettingsSection root;
        QVERIFY(p.parseFile(QStringLiteral("etc/swanctl/swanctl.conf"), root));
        QVERIFY(errors(log).isEmpty());
        const SettingsSection *a = root.find(QStringLiteral("connections.a"));
        QCOMPARE(a->value(QStringLiteral("version"))->value, QStringLiteral("2"));
        QCOMPARE(a->value(QStringLiteral("version"))->place.toString(),
                 QStringLiteral("etc/swanctl/conf.d/10-a.conf:1"));
        QCOMPARE(a->value(QStringLiteral("remote_addrs"))->place.file, QStringLiteral("etc/swanctl/a-extra.conf"));
        QVERIFY(root.find(QStringLiteral("connections.b")));
        QCOMPARE(p.filesRead(), (QStringList{QStringLiteral("etc/swanctl/swanctl.conf"),
                                             QStringLiteral("etc/swanctl/a-extra.conf"),
                                             QStringLiteral("etc/swanctl/conf.d/10-a.conf"),
                                             QStringLiteral("etc/swanctl/conf.d/20-b.conf")}));
        // The replaced value is listed, with the place that replaced it.
        const QList<ImportNote> replaced = log.ofKind(ImportNote::Kind::NotRepresented);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(replaced.constFirst().place.toString(), QStringLiteral("etc/swanctl/swanctl.conf:1"));
        QCOMPARE(replaced.constFirst().detail, QStringLiteral("replaced by etc/swanctl/conf.d/10-a.conf:1"));
    }

    void absoluteIncludeMapsIntoTheFolder()
    {
        const SourceTree t = tree({{QStringLiteral("swanctl/swanctl.conf"), "include /etc/swanctl/x.conf\n"},
                                   {QStringLiteral("swanctl/x.conf"), "a = b\n"}});
        ImportLog log;
        SettingsParser p(t, log);
        SettingsSection root;
        QVERIFY(p.parseFile(QStringLiteral("swanctl/swanctl.conf"), root));
        QCOMPARE(root.value(QStringLiteral("a"))->place.file, QStringLiteral("swanctl/x.conf"));
    }

    void referencesAreKept()
    {
        const SourceTree t = tree({{QStringLiteral("s.conf"), "base { version = 1\n}\nconnections { c : base, other.x { } }\n"}});
        ImportLog log;
        SettingsParser p(t, log);
        SettingsSection root;
        QVERIFY(p.parseFile(QStringLiteral("s.conf"), root));
        QCOMPARE(root.find(QStringLiteral("connections.c"))->references,
                 (QStringList{QStringLiteral("base"), QStringLiteral("other.x")}));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("main");
        QTest::addColumn<QString>("error");
        QTest::newRow("traversal") << QByteArray("include ../../etc/shadow\n")
                                   << QStringLiteral("s/s.conf:1 include refused: \"../../etc/shadow\" is outside the imported folder");
        QTest::newRow("absolute outside") << QByteArray("include /usr/share/x.conf\n")
                                          << QStringLiteral("s/s.conf:1 include refused: \"/usr/share/x.conf\" is outside the imported folder");
        QTest::newRow("self include") << QByteArray("include s.conf\n")
                                      << QStringLiteral("s/s.conf includes itself (through s/s.conf)");
        QTest::newRow("unclosed") << QByteArray("a {\n b = c\n")
                                  << QStringLiteral("s/s.conf:3 missing '}' for section \"a\"");
        QTest::newRow("stray close") << QByteArray("}\n") << QStringLiteral("s/s.conf:1 '}' without a section to close");
        QTest::newRow("dot in key") << QByteArray("a.b = c\n")
                                    << QStringLiteral("s/s.conf:1 '.' is not allowed in the name \"a.b\"");
        QTest::newRow("open quote") << QByteArray("a = \"b\n")
                                    << QStringLiteral("s/s.conf:1 unterminated quoted value");
        QTest::newRow("binary") << QByteArray("a = b\nc = \x01\x02\n")
                                << QStringLiteral("s/s.conf:2 binary content (byte 0x01): not a text file");
        QTest::newRow("bad utf8") << QByteArray("a = b\n\nc = \xff\xfe\n")
                                  << QStringLiteral("s/s.conf:3 not valid UTF-8: not a text file");
        QTest::newRow("deep") << QByteArray("a {").repeated(40) + QByteArray("}").repeated(40)
                              << QStringLiteral("s/s.conf:1 sections nested deeper than 32");
    }

    void refusals()
    {
        QFETCH(QByteArray, main);
        QFETCH(QString, error);
        const SourceTree t = tree({{QStringLiteral("s/s.conf"), main}});
        ImportLog log;
        SettingsParser p(t, log);
        SettingsSection root;
        QVERIFY(!p.parseFile(QStringLiteral("s/s.conf"), root) || !errors(log).isEmpty());
        QCOMPARE(errors(log).value(0), error);
    }

    void includeChainIsBounded()
    {
        QList<std::pair<QString, QByteArray>> files;
        for (int i = 0; i < 20; ++i)
            files.append({QStringLiteral("f%1.conf").arg(i), QStringLiteral("include f%1.conf\n").arg(i + 1).toUtf8()});
        files.append({QStringLiteral("f20.conf"), "a = b\n"});
        const SourceTree t = tree(files);
        ImportLog log;
        SettingsParser p(t, log);
        SettingsSection root;
        p.parseFile(QStringLiteral("f0.conf"), root);
        QVERIFY(errors(log).join(u'\n').contains(QStringLiteral("includes nested deeper than 10")));
        QVERIFY(!root.value(QStringLiteral("a")));
    }

    void sourceTreeRefusesUnsafePaths()
    {
        SourceTree t;
        QString error;
        QVERIFY(!t.add(QStringLiteral("../x"), "a", &error));
        QVERIFY(!t.add(QStringLiteral("/etc/x"), "a", &error));
        QVERIFY(!t.add(QStringLiteral("a/./b"), "a", &error));
        QVERIFY(t.add(QStringLiteral("a/b"), "a", &error));
        QVERIFY(!t.add(QStringLiteral("big"), QByteArray(17 * 1024 * 1024, 'a'), &error));
        QVERIFY(error.contains(QStringLiteral("larger than")));
    }
};

QTEST_GUILESS_MAIN(TestSettingsParser)
#include "tst_settingsparser.moc"
