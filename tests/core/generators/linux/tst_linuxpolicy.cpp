#include "linuxcases.h"

#include <QRegularExpression>

// Policies that two Linux files state each in its own words must agree:
// - IKE SA uniqueness: swanctl.conf's `unique` per connection (default no) and
//   ipsec.conf's `uniqueids` (default yes);
// - PPP authentication of a hub: what xl2tpd.conf makes xl2tpd hand pppd
//   (`require chap = yes` -> require-chap, `require pap = yes` -> require-pap)
//   plus options.xl2tpd must require MS-CHAPv2 and nothing else.
class TestLinuxPolicy : public QObject
{
    Q_OBJECT

    static void addSiteRows(const QString &requiredPath)
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("site");
        for (const LinuxCases::Case &c : LinuxCases::all()) {
            const auto files = LinuxCases::generate(c);
            for (auto it = files.cbegin(); it != files.cend(); ++it) {
                if (it.key().endsWith(u'/' + requiredPath)) {
                    const QString site = it.key().section(u'/', 0, 0);
                    QTest::newRow(qPrintable(c.name + u'/' + site)) << c.name << site;
                }
            }
        }
    }
    static QString text(const QString &caseName, const QString &site, const QString &path)
    {
        for (const LinuxCases::Case &c : LinuxCases::all()) {
            if (c.name == caseName)
                return QString::fromUtf8(LinuxCases::generate(c).value(site + u'/' + path).content);
        }
        return {};
    }
    // Every `key = value` / `key=value` setting of a file, comments skipped.
    static QStringList values(const QString &file, const QString &key)
    {
        QStringList out;
        const QRegularExpression re(u"^\\s*" + QRegularExpression::escape(key) + u"\\s*=\\s*(\\S+)\\s*$",
                                    QRegularExpression::MultilineOption);
        for (auto it = re.globalMatch(file); it.hasNext();)
            out << it.next().captured(1);
        return out;
    }

private Q_SLOTS:
    void uniquenessAgrees_data() { addSiteRows(QStringLiteral("etc/ipsec.conf")); }
    void uniquenessAgrees()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, site);
        const QString swanctl = text(caseName, site, QStringLiteral("etc/swanctl/conf.d/routestudio.conf"));
        const QString ipsec = text(caseName, site, QStringLiteral("etc/ipsec.conf"));
        const int connections = values(swanctl, QStringLiteral("version")).size();
        QVERIFY(connections > 0);
        QStringList unique = values(swanctl, QStringLiteral("unique"));
        while (unique.size() < connections)
            unique << QStringLiteral("no"); // swanctl's default for a connection that does not say
        const QStringList uniqueids = values(ipsec, QStringLiteral("uniqueids"));
        QVERIFY2(uniqueids.size() <= 1, "uniqueids stated more than once");
        const QString legacy = uniqueids.value(0, QStringLiteral("yes")); // starter's default
        for (const QString &u : unique)
            QCOMPARE(u, legacy);
        // Two clients with one id must both stay up: never, not no (INITIAL_CONTACT replaces).
        QCOMPARE(legacy, QStringLiteral("never"));
    }

    void pppAuthenticationIsMschapv2Only_data() { addSiteRows(QStringLiteral("etc/ppp/options.xl2tpd")); }
    void pppAuthenticationIsMschapv2Only()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, site);
        const QString xl2tpd = text(caseName, site, QStringLiteral("etc/xl2tpd/xl2tpd.conf"));
        const QString lns = xl2tpd.section(QStringLiteral("[lns default]"), 1).section(QStringLiteral("\n["), 0, 0);
        QVERIFY(!lns.isEmpty());
        QStringList required;
        if (values(lns, QStringLiteral("require chap")).contains(QLatin1String("yes")))
            required << QStringLiteral("require-chap");
        if (values(lns, QStringLiteral("require pap")).contains(QLatin1String("yes")))
            required << QStringLiteral("require-pap");
        const QString options = text(caseName, site, QStringLiteral("etc/ppp/options.xl2tpd"));
        for (const QString &l : options.split(u'\n')) {
            if (l.startsWith(QLatin1String("require-")))
                required << l.trimmed();
        }
        QCOMPARE(required, QStringList{QStringLiteral("require-mschap-v2")});
        QCOMPARE(values(lns, QStringLiteral("require authentication")), QStringList{QStringLiteral("yes")});
    }

    // 3DES only behind the per-profile switch, in both strongSwan files.
    void legacyProposalsOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("default") << false;
        QTest::newRow("legacyProposals true") << true;
    }
    void legacyProposalsOnlyWhenAsked()
    {
        QFETCH(bool, legacy);
        const LinuxCases::Case seed = LinuxCases::all().constFirst();
        Topology t = LinuxCases::loadTopology(seed);
        if (legacy)
            t.profiles[0].extra.insert(QStringLiteral("legacyProposals"), true);
        const SiteGeneration gen = SiteGeneration::run(t, LinuxCases::loadSecrets(seed));
        QVERIFY(gen.ok);
        QString swanctl, ipsec;
        for (const GeneratedFile &f : gen.filesBySite.value(t.profiles[0].hub)) {
            if (f.path == QLatin1String("etc/swanctl/conf.d/routestudio.conf"))
                swanctl = QString::fromUtf8(f.content);
            if (f.path == QLatin1String("etc/ipsec.conf"))
                ipsec = QString::fromUtf8(f.content);
        }
        const QString l2tp = swanctl.section(QStringLiteral("l2tp {"), 1, -1);
        QCOMPARE(values(l2tp, QStringLiteral("proposals")).value(0).endsWith(QLatin1String(",3des-sha1-modp1024")), legacy);
        QCOMPARE(values(l2tp, QStringLiteral("esp_proposals")).value(0).endsWith(QLatin1String(",3des-sha1")), legacy);
        const QString conn = ipsec.section(QStringLiteral("conn l2tp\n"), 1, -1);
        QCOMPARE(values(conn, QStringLiteral("ike")).value(0).endsWith(QLatin1String(",3des-sha1-modp1024!")), legacy);
        QCOMPARE(values(conn, QStringLiteral("esp")).value(0).endsWith(QLatin1String(",3des-sha1!")), legacy);
        // Site-to-site links never get it.
        for (const GeneratedFile &f : gen.filesBySite.value(QStringLiteral("site-a")))
            QVERIFY2(!f.content.contains("3des"), qPrintable(f.path));
    }
};

QTEST_GUILESS_MAIN(TestLinuxPolicy)
#include "tst_linuxpolicy.moc"
