#include "linuxcases.h"

#include <functional>

// Nothing escapes: hostile values in every field a Linux generator reads. A
// field that reaches configs or scripts must make SiteGeneration refuse, with
// a finding naming that field. Free-text names (README only) are accepted and
// then must not reach any config or script.
class TestLinuxHostile : public QObject
{
    Q_OBJECT

    using Mutation = std::function<void(Topology &, Secrets &, const QString &)>;

    struct Field
    {
        const char *name;
        const char *path; // the field path a finding must name (empty: accepted)
        Mutation apply;
    };

    static void renameSite(Topology &t, const QString &from, const QString &to)
    {
        for (Site &s : t.sites) {
            if (s.id == from)
                s.id = to;
        }
        for (Link &l : t.links) {
            if (l.from == from)
                l.from = to;
            if (l.to == from)
                l.to = to;
        }
        for (Profile &p : t.profiles) {
            if (p.hub == from)
                p.hub = to;
        }
    }

    static void renameKey(QMap<QString, QString> &map, const QString &from, const QString &to)
    {
        map.insert(to, map.take(from));
    }

    static QList<Field> fields()
    {
        // three-gateways: sites hq, site-a, site-b, site-c; links hq-site-a (0),
        // hq-site-b (1), hq-site-c (2, l2tp); profiles staff (0), travel (1).
        return {
            {"hub id", "sites[0].id", [](Topology &t, Secrets &, const QString &v) { renameSite(t, QStringLiteral("hq"), v); }},
            {"gateway id", "sites[1].id", [](Topology &t, Secrets &, const QString &v) { renameSite(t, QStringLiteral("site-a"), v); }},
            {"hub publicAddress", "sites[0].publicAddress", [](Topology &t, Secrets &, const QString &v) { t.sites[0].publicAddress = v; }},
            {"l2tp gateway publicAddress", "sites[3].publicAddress", [](Topology &t, Secrets &, const QString &v) { t.sites[3].publicAddress = v; }},
            {"ipsec link id", "links[0].id", [](Topology &t, Secrets &, const QString &v) { t.links[0].id = v; }},
            {"l2tp link id", "links[2].id", [](Topology &t, Secrets &, const QString &v) { t.links[2].id = v; }},
            {"link secret name", "links[1].secret", [](Topology &t, Secrets &s, const QString &v) {
                 renameKey(s.psk, t.links[1].secret, v);
                 t.links[1].secret = v;
             }},
            {"profile id", "profiles[0].id", [](Topology &t, Secrets &, const QString &v) { t.profiles[0].id = v; }},
            {"profile secret name", "profiles[0].secret", [](Topology &t, Secrets &s, const QString &v) {
                 renameKey(s.psk, t.profiles[0].secret, v);
                 t.profiles[0].secret = v;
                 t.profiles[1].secret = v;
             }},
            {"user name", "profiles[0].users[0]", [](Topology &t, Secrets &s, const QString &v) {
                 renameKey(s.users, t.profiles[0].users[0], v);
                 t.profiles[0].users[0] = v;
             }},
            {"ipsec link PSK", "psk.hq-site-a", [](Topology &, Secrets &s, const QString &v) { s.psk[QStringLiteral("hq-site-a")] = v; }},
            {"l2tp link PSK", "psk.hq-site-c", [](Topology &, Secrets &s, const QString &v) { s.psk[QStringLiteral("hq-site-c")] = v; }},
            {"remote-access PSK", "psk.hq-l2tp", [](Topology &, Secrets &s, const QString &v) { s.psk[QStringLiteral("hq-l2tp")] = v; }},
            {"user password", "users.carol", [](Topology &, Secrets &s, const QString &v) { s.users[QStringLiteral("carol")] = v; }},
            {"topology name", "", [](Topology &t, Secrets &, const QString &v) { t.name = v; }},
            {"site name", "", [](Topology &t, Secrets &, const QString &v) { t.sites[1].name = v; }},
            {"tunnelInterface", "sites[1].tunnelInterface", [](Topology &t, Secrets &, const QString &v) {
                 t.sites[1].extra.insert(QStringLiteral("tunnelInterface"), v);
             }},
        };
    }

    static QList<QPair<const char *, QString>> values()
    {
        // Each long enough to pass any length rule, so the character is what is judged.
        return {
            {"double quote", QStringLiteral("abc\"def123")},
            {"single quote", QStringLiteral("abc'def123")},
            {"newline", QStringLiteral("abcdef\nconn evil")},
            {"trailing newline", QStringLiteral("abcdefgh\n")}, // "$" matches before it
            {"carriage return", QStringLiteral("abcdef\rxyz12")},
            {"tab", QStringLiteral("abcdef\txyz12")},
            {"command substitution", QStringLiteral("abc$(reboot)")},
            {"backticks", QStringLiteral("abc`reboot`x")},
            {"semicolon", QStringLiteral("abcdef;reboot")},
            {"hash", QStringLiteral("abcdef#comment")},
            {"space", QStringLiteral("abcdef ghijk")},
            {"backslash", QStringLiteral("abcdef\\ghijk")},
            {"brace", QStringLiteral("abcdef}ghijk")},
            {"non-ASCII", QStringLiteral("abcdef\u00e9ghij")},
            {"leading dash", QStringLiteral("-abcdefghij")},
        };
    }

    static bool hasControl(const QString &v)
    {
        for (const QChar c : v) {
            if (c.category() == QChar::Other_Control)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void hostile_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        const QList<Field> fs = fields();
        for (int f = 0; f < fs.size(); ++f) {
            for (const auto &[what, value] : values())
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(fs[f].name), QLatin1String(what))))
                    << f << value;
        }
    }

    void hostile()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        const LinuxCases::Case c = LinuxCases::all().at(1);
        QCOMPARE(c.name, QStringLiteral("three-gateways"));
        Topology t = LinuxCases::loadTopology(c);
        Secrets s = LinuxCases::loadSecrets(c);
        const Field f = fields().at(field);
        f.apply(t, s, value);
        const SiteGeneration gen = SiteGeneration::run(t, s);
        const QString path = QLatin1String(f.path);
        // Names may hold anything but control characters (they only reach READMEs).
        // A secret may start with '-': it is written base64 (strongSwan) or quoted (chap-secrets).
        const bool secretValue = path.startsWith(u"psk.") || path.startsWith(u"users.");
        if (secretValue && value.startsWith(u'-')) {
            QVERIFY2(gen.ok, "a secret with a leading '-' is safe in every target");
            return;
        }
        const bool mustRefuse = !path.isEmpty() || (QByteArray(f.name).endsWith("name") && hasControl(value));
        if (mustRefuse) {
            QVERIFY2(!gen.ok, "hostile value accepted");
            QVERIFY(gen.filesBySite.isEmpty());
            if (!path.isEmpty()) {
                bool named = false;
                for (const Finding &finding : gen.findings)
                    named = named || (finding.severity == Finding::Severity::Error && finding.paths.contains(path));
                QVERIFY2(named, qPrintable(u"no error names " + path));
            }
            return;
        }
        QVERIFY2(gen.ok, "a harmless value was refused");
        for (auto it = gen.filesBySite.cbegin(); it != gen.filesBySite.cend(); ++it) {
            for (const GeneratedFile &file : it.value()) {
                if (file.path == u"README.md")
                    continue;
                QVERIFY2(!QString::fromUtf8(file.content).contains(value),
                         qPrintable(it.key() + u'/' + file.path + u" contains the value"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLinuxHostile)
#include "tst_linuxhostile.moc"
