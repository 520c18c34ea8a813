#include "bundlefixture.h"

#include "core/bundle/bundlemanifest.h"
#include "core/bundle/bundlereader.h"
#include "core/bundle/bundleprofile.h"
#include "core/bundle/secretforms.h"
#include "core/bundle/secretpolicy.h"
#include "core/generators/sitegeneration.h"
#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"

#include <QRegularExpression>
#include <QTest>

namespace {

const GeneratedFile *find(const Bundle &b, const QString &path)
{
    for (const GeneratedFile &f : b.files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

// three-gateways with one site moved to another platform.
bool threeGateways(const QString &site, Platform platform, Topology *topology, Secrets *secrets)
{
    const QString base = QStringLiteral(ROUTESTUDIO_TEST_DATA) + u"/topologies/three-gateways.";
    LoadError error;
    auto t = TopologyReader::fromFile(base + u"topology.json", &error);
    auto s = SecretsFile::fromFile(base + u"secrets.json", &error);
    if (!t || !s)
        return false;
    for (Site &each : t->sites) {
        if (each.id == site)
            each.platform = platform;
    }
    *topology = *t;
    *secrets = *s;
    return true;
}

} // namespace

class TestBundleBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userBundleLayout()
    {
        const BundleFixture fx;
        const Bundle b = fx.userBundle();
        QCOMPARE(b.name, QStringLiteral("user-staff-alice"));
        QStringList paths;
        for (const GeneratedFile &f : b.files)
            paths << f.path;
        QCOMPARE(paths, QStringList({"README.md", "files/staff-routes.sh",
                                     "files/staff.nmconnection", "profile.json", "SHA256SUMS",
                                     "manifest.json"}));
        QCOMPARE(find(b, QStringLiteral("files/staff.nmconnection"))->mode, 0600);
        QCOMPARE(find(b, QStringLiteral("files/staff-routes.sh"))->mode, 0755);
        QCOMPARE(find(b, QStringLiteral("profile.json"))->mode, 0600);
        QVERIFY(b.warnings.isEmpty());
    }

    void manifestListsEveryFileWithHash()
    {
        const BundleFixture fx;
        const Bundle b = fx.userBundle();
        QString error;
        const auto m = BundleManifest::fromJson(find(b, QStringLiteral("manifest.json"))->content,
                                                &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->kind, QStringLiteral("user"));
        QCOMPARE(m->profile, QStringLiteral("staff"));
        QCOMPARE(m->user, QStringLiteral("alice"));
        QCOMPARE(m->site, QStringLiteral("hq"));
        QCOMPARE(m->files.size(), b.files.size() - 1);
        for (const GeneratedFile &f : b.files) {
            if (f.path == QLatin1String("manifest.json"))
                continue;
            const BundleManifest::Entry *e = m->entry(f.path);
            QVERIFY2(e, qPrintable(f.path));
            QCOMPARE(e->sha256, BundleManifest::sha256Hex(f.content));
            QCOMPARE(e->mode, f.mode);
            QCOMPARE(e->size, f.content.size());
        }
        const QByteArray sums = find(b, QStringLiteral("SHA256SUMS"))->content;
        QVERIFY(sums.contains(QByteArray(BundleManifest::sha256Hex(fx.clientFiles()[0].content)
                              + "  files/staff.nmconnection\n")));
    }

    void profileJson()
    {
        const BundleFixture fx;
        QString error;
        const auto p = BundleProfile::fromJson(
            find(fx.userBundle(), QStringLiteral("profile.json"))->content, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->hubAddress, QStringLiteral("203.0.113.10"));
        QCOMPARE(p->tunnel, TunnelMode::Split);
        QCOMPARE(p->routes.size(), 2);
        QCOMPARE(p->routes[1].toString(), QStringLiteral("10.20.0.0/16"));
        QCOMPARE(p->mtu, 1400);
        QCOMPARE(p->password, fx.secrets.users.value(QStringLiteral("alice")));
    }

    // The core promise: a user's bundle holds no other user's password and no
    // site-to-site key, in any encoding, in any file (README, manifest included).
    void userBundleHoldsOnlyItsSecrets_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("alice") << QStringLiteral("alice");
        QTest::newRow("bob") << QStringLiteral("bob");
    }

    void userBundleHoldsOnlyItsSecrets()
    {
        QFETCH(QString, user);
        const BundleFixture fx;
        QString error;
        const auto bytes =
            BundleReader::toArchive(fx.userBundle(user), ArchiveFormat::TarGz, &error);
        QVERIFY(bytes);
        const auto contents = BundleReader::read(*bytes, {}, &error);
        QVERIFY2(contents, qPrintable(error));
        const QString own = QStringLiteral("user/") + user;
        bool ownSeen = false;
        for (const NamedSecret &s : SecretForms::all(fx.secrets)) {
            const bool allowed = s.label == own || s.label == QLatin1String("psk/hq-l2tp");
            for (const GeneratedFile &f : contents->files) {
                for (const QByteArray &form : SecretForms::encodings(s.value)) {
                    const bool found = f.content.contains(form);
                    if (!allowed)
                        QVERIFY2(!found, qPrintable(s.label + QStringLiteral(" in ") + f.path));
                    ownSeen = ownSeen || (found && s.label == own);
                }
            }
        }
        QVERIFY(ownSeen); // the scan itself works: the user's own password is there
    }

    void leakIsRefused()
    {
        const BundleFixture fx;
        QList<GeneratedFile> files = fx.clientFiles();
        files.append({QStringLiteral("oops.txt"),
                      "bob=" + fx.secrets.users.value(QStringLiteral("bob")).toUtf8().toBase64(),
                      0600});
        QString error;
        QVERIFY(!BundleBuilder::user(fx.topology, fx.secrets, QStringLiteral("staff"),
                                     QStringLiteral("alice"), files, &error));
        QVERIFY2(error.contains(QStringLiteral("files/oops.txt")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("user/bob")), qPrintable(error));
        QVERIFY(!error.contains(fx.secrets.users.value(QStringLiteral("bob"))));
    }

    void siteToSiteKeyStaysOffTheUser()
    {
        const BundleFixture fx;
        QList<GeneratedFile> files = fx.clientFiles();
        files[1].content += fx.secrets.psk.value(QStringLiteral("hq-site-a")).toUtf8();
        QString error;
        QVERIFY(!BundleBuilder::user(fx.topology, fx.secrets, QStringLiteral("staff"),
                                     QStringLiteral("alice"), files, &error));
        QVERIFY2(error.contains(QStringLiteral("psk/hq-site-a")), qPrintable(error));
    }

    void siteBundle()
    {
        const BundleFixture fx;
        QString error;
        const auto hub = BundleBuilder::site(fx.topology, fx.secrets, QStringLiteral("hq"),
                                             fx.hubFiles(), &error);
        QVERIFY2(hub, qPrintable(error)); // a hub may hold every user's password
        QCOMPARE(hub->name, QStringLiteral("site-hq"));
        QVERIFY(find(*hub, QStringLiteral("files/etc/ppp/chap-secrets")));
        QVERIFY(!find(*hub, QStringLiteral("profile.json")));
        const QString readme = QString::fromUtf8(find(*hub, QStringLiteral("README.md"))->content);
        QVERIFY(readme.contains(QStringLiteral(
            "install -D -m 0600 files/etc/ppp/chap-secrets /etc/ppp/chap-secrets")));
        QVERIFY(readme.contains(QStringLiteral("swanctl --load-all")));
        QVERIFY(readme.contains(QStringLiteral("10.20.0.0/16")));
        QVERIFY(!readme.contains(QStringLiteral("cannot answer the DHCPINFORM"))); // a Linux hub answers
        // The gateway must not get the hub's user passwords.
        QVERIFY(!BundleBuilder::site(fx.topology, fx.secrets, QStringLiteral("site-a"),
                                     fx.hubFiles(), &error));
        QVERIFY2(error.contains(QStringLiteral("user/")), qPrintable(error));
    }

    // The secret policy agrees with what the generators write: every site of the
    // vendors topology (a MikroTik gateway dials a MikroTik hub's L2TP server
    // with that server's PSK) builds its bundle from the real generated files.
    void vendorSiteBundlesHoldWhatTheirGeneratorsWrite_data()
    {
        QTest::addColumn<QString>("site");
        for (const char *s : {"hq", "mt-hub", "pf-hub", "branch-mt", "branch-pf", "branch-ios",
                              "branch-dial", "branch-ios2"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void vendorSiteBundlesHoldWhatTheirGeneratorsWrite()
    {
        QFETCH(QString, site);
        const QString base = QStringLiteral(ROUTESTUDIO_TEST_DATA) + u"/topologies/vendors.";
        LoadError loadError;
        const auto topology = TopologyReader::fromFile(base + u"topology.json", &loadError);
        QVERIFY2(topology, qPrintable(loadError.toString()));
        const auto secrets = SecretsFile::fromFile(base + u"secrets.json", &loadError);
        QVERIFY2(secrets, qPrintable(loadError.toString()));
        const SiteGeneration gen = SiteGeneration::run(*topology, *secrets);
        QVERIFY(gen.ok);
        QVERIFY(!gen.filesBySite.value(site).isEmpty());
        QString error;
        const auto bundle = BundleBuilder::site(*topology, *secrets, site, gen.filesBySite.value(site), &error);
        QVERIFY2(bundle, qPrintable(error));
        // Route push: a hub that cannot answer DHCPINFORM says so where it has a
        // split profile (hq: cisco-ios, pf-hub: pfsense; mt-hub's only profile is full).
        const QString text = QString::fromUtf8(find(*bundle, QStringLiteral("README.md"))->content);
        QCOMPARE(text.contains(QLatin1String("cannot answer the DHCPINFORM")),
                 site == QLatin1String("hq") || site == QLatin1String("pf-hub"));

        // MikroTik: the README's Verify step promises exactly the static routes the .rsc adds
        // (policy-based ipsec links add none).
        if (topology->site(site)->platform != Platform::Mikrotik)
            return;
        const GeneratedFile *rsc = find(*bundle, QStringLiteral("files/mikrotik/%1.rsc").arg(site));
        QVERIFY(rsc);
        QStringList added;
        const QRegularExpression addRe(QStringLiteral("^/ip route add dst-address=(\\S+)"),
                                       QRegularExpression::MultilineOption);
        for (auto it = addRe.globalMatch(QString::fromUtf8(rsc->content)); it.hasNext();)
            added << it.next().captured(1);
        const QString readme = QString::fromUtf8(find(*bundle, QStringLiteral("README.md"))->content);
        QStringList promised;
        const QRegularExpression promiseRe(QStringLiteral("^- (\\S+): static route"),
                                           QRegularExpression::MultilineOption);
        for (auto it = promiseRe.globalMatch(readme); it.hasNext();)
            promised << it.next().captured(1);
        promised.sort();
        added.sort();
        QCOMPARE(promised, added);
        QVERIFY2(!readme.contains(QLatin1String("Expected static routes")), qPrintable(readme));
    }

    // Failover (docs/failover.md): the README's Verify step of a MikroTik box
    // says which policies stand by, exactly those the .rsc adds disabled; a
    // pfSense box promises static routes only for the paths its steps route.
    void failoverReadmesPromiseWhatTheFilesDo()
    {
        const QString base = QStringLiteral(ROUTESTUDIO_TEST_DATA) + u"/topologies/failover-vendors.";
        LoadError loadError;
        const auto topology = TopologyReader::fromFile(base + u"topology.json", &loadError);
        QVERIFY2(topology, qPrintable(loadError.toString()));
        const auto secrets = SecretsFile::fromFile(base + u"secrets.json", &loadError);
        QVERIFY2(secrets, qPrintable(loadError.toString()));
        const SiteGeneration gen = SiteGeneration::run(*topology, *secrets);
        QVERIFY(gen.ok);
        QString error;
        const auto mt = BundleBuilder::site(*topology, *secrets, QStringLiteral("mt-branch"),
                                            gen.filesBySite.value(QStringLiteral("mt-branch")), &error);
        QVERIFY2(mt, qPrintable(error));
        const QString rsc = QString::fromUtf8(find(*mt, QStringLiteral("files/mikrotik/mt-branch.rsc"))->content);
        QSet<QString> disabled; // "link dst"
        const QRegularExpression policyRe(QStringLiteral(
            "^/ip ipsec policy add peer=rs-(\\S+) src-address=\\S+ dst-address=(\\S+) .* disabled=yes "),
            QRegularExpression::MultilineOption);
        for (auto it = policyRe.globalMatch(rsc); it.hasNext();) {
            const auto m = it.next();
            disabled.insert(m.captured(1) + u' ' + m.captured(2));
        }
        const QString readme = QString::fromUtf8(find(*mt, QStringLiteral("README.md"))->content);
        QSet<QString> promised;
        const QRegularExpression standbyRe(QStringLiteral(
            "^- (\\S+): IPsec policy of link (\\S+) to \\S+, standing by"), QRegularExpression::MultilineOption);
        for (auto it = standbyRe.globalMatch(readme); it.hasNext();) {
            const auto m = it.next();
            promised.insert(m.captured(2) + u' ' + m.captured(1));
        }
        QCOMPARE(disabled.size(), 2);
        QCOMPARE(promised, disabled);

        const auto pf = BundleBuilder::site(*topology, *secrets, QStringLiteral("pf-branch"),
                                            gen.filesBySite.value(QStringLiteral("pf-branch")), &error);
        QVERIFY2(pf, qPrintable(error));
        const QString steps = QString::fromUtf8(find(*pf, QStringLiteral("files/pfsense/pf-branch-steps.md"))->content);
        QStringList routed;
        const QRegularExpression rowRe(QStringLiteral("^\\| `(\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+)` \\| `RS_"),
                                       QRegularExpression::MultilineOption);
        for (auto it = rowRe.globalMatch(steps); it.hasNext();)
            routed << it.next().captured(1);
        const QString pfReadme = QString::fromUtf8(find(*pf, QStringLiteral("README.md"))->content);
        QStringList expected;
        const QRegularExpression expectRe(QStringLiteral("^- (\\S+) via "), QRegularExpression::MultilineOption);
        for (auto it = expectRe.globalMatch(pfReadme); it.hasNext();)
            expected << it.next().captured(1);
        routed.sort();
        expected.sort();
        QCOMPARE(expected, routed);
        QCOMPARE(expected.size(), 2); // 10.10.0.0/24 and 10.20.0.0/24, over the primary only
        QVERIFY(pfReadme.contains(QLatin1String("2 backup path(s) are in the gateway groups")));
    }

    // A gateway dialling its hub over L2TP sends the PSK that hub expects
    // (RemoteAccessPlan::dialInPskName), and its bundle builds from its generated
    // files: a MikroTik gateway of a Linux hub carries only its link's PSK (never
    // the hub's remote-access PSK); a Linux gateway of a MikroTik hub carries
    // the hub's one L2TP server PSK beside its link's secret (its PPP password).
    void dialInGatewayCarriesThePskItsHubExpects_data()
    {
        QTest::addColumn<QString>("moved");
        QTest::addColumn<QString>("allowed");
        QTest::addColumn<QString>("refused");
        QTest::newRow("mikrotik gateway, linux hub") << "site-c" << "psk/hq-site-c" << "psk/hq-l2tp";
        QTest::newRow("linux gateway, mikrotik hub") << "hq" << "psk/hq-l2tp,psk/hq-site-c" << "";
    }
    void dialInGatewayCarriesThePskItsHubExpects()
    {
        QFETCH(QString, moved);
        QFETCH(QString, allowed);
        QFETCH(QString, refused);
        Topology topology;
        Secrets secrets;
        QVERIFY(threeGateways(moved, Platform::Mikrotik, &topology, &secrets));
        const QSet<QString> policy = SecretPolicy::forSite(topology, QStringLiteral("site-c"));
        for (const QString &label : allowed.split(u','))
            QVERIFY2(policy.contains(label), qPrintable(label));
        if (!refused.isEmpty())
            QVERIFY(!policy.contains(refused));
        const SiteGeneration gen = SiteGeneration::run(topology, secrets);
        QVERIFY(gen.ok);
        QString error;
        const auto bundle = BundleBuilder::site(topology, secrets, QStringLiteral("site-c"),
                                                gen.filesBySite.value(QStringLiteral("site-c")), &error);
        QVERIFY2(bundle, qPrintable(error));
    }

    void secretFileModeIsTightened()
    {
        const BundleFixture fx;
        QList<GeneratedFile> files = fx.clientFiles();
        files[0].mode = 0644; // carries the PSK
        QString error;
        const auto b = BundleBuilder::user(fx.topology, fx.secrets, QStringLiteral("staff"),
                                           QStringLiteral("alice"), files, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(find(*b, QStringLiteral("files/staff.nmconnection"))->mode, 0600);
        QCOMPARE(b->warnings.size(), 1);
        QVERIFY(b->warnings[0].contains(QStringLiteral("staff.nmconnection")));
    }

    void unsafeGeneratedPathIsRefused()
    {
        const BundleFixture fx;
        QString error;
        QVERIFY(!BundleBuilder::site(fx.topology, fx.secrets, QStringLiteral("hq"),
                                     {{QStringLiteral("../x"), "x", 0644}}, &error));
        QVERIFY2(error.contains(QStringLiteral("path traversal")), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestBundleBuilder)
#include "tst_bundlebuilder.moc"
