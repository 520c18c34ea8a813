#include "goldenfiles.h"

#include "core/generators/clientgeneration.h"
#include "core/generators/sitegeneration.h"

#include <QTest>

// The registered vendor and client generators, run the way the CLI and the
// bundles run them: the file set and modes each box and user gets.
class TestClientGeneration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientFilesOfOneUser_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("expected"); // "mode path"
        QTest::newRow("seed split") << "seed" << "staff" << "bob"
                                    << QStringList{"600 networkmanager/staff-bob.nmconnection",
                                                   "600 networkmanager/staff-bob.secrets",
                                                   "755 networkmanager/connect.sh",
                                                   "600 windows/staff.ps1",
                                                   "600 macos/staff.mobileconfig",
                                                   "755 macos/ip-up"};
        QTest::newRow("vendors full") << "vendors" << "ops" << "carol"
                                      << QStringList{"600 networkmanager/ops-carol.nmconnection",
                                                     "600 networkmanager/ops-carol.secrets",
                                                     "755 networkmanager/connect.sh",
                                                     "600 windows/ops.ps1",
                                                     "600 macos/ops.mobileconfig"};
    }
    void clientFilesOfOneUser()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, profile);
        QFETCH(QString, user);
        QFETCH(QStringList, expected);
        Topology t;
        Secrets s;
        QString error;
        QVERIFY2(GoldenFiles::load(fixture, &t, &s, &error), qPrintable(error));
        const ClientGeneration g = ClientGeneration::run(t, s, profile, user);
        QVERIFY2(g.ok, qPrintable(g.error));
        QStringList got;
        for (const GeneratedFile &f : g.files)
            got << QStringLiteral("%1 %2").arg(f.mode, 0, 8).arg(f.path);
        QCOMPARE(got, expected);
        // A user's files never carry another user's password.
        for (const GeneratedFile &f : g.files) {
            for (auto it = s.users.cbegin(); it != s.users.cend(); ++it) {
                if (it.key() != user)
                    QVERIFY2(!f.content.contains(it.value().toUtf8()), qPrintable(f.path));
            }
        }
    }

    void unknownUserIsRefused()
    {
        Topology t;
        Secrets s;
        QString error;
        QVERIFY(GoldenFiles::load("seed", &t, &s, &error));
        const ClientGeneration g = ClientGeneration::run(t, s, "staff", "mallory");
        QVERIFY(!g.ok);
        QVERIFY(g.files.isEmpty());
        QVERIFY(g.error.contains("mallory"));
    }

    void everyVendorSiteGetsItsConfig()
    {
        Topology t;
        Secrets s;
        QString error;
        QVERIFY(GoldenFiles::load("vendors", &t, &s, &error));
        const SiteGeneration g = SiteGeneration::run(t, s);
        QVERIFY(g.ok);
        const QMap<Platform, QString> expected{
            {Platform::CiscoIos, QStringLiteral("cisco-ios/%1.cfg")},
            {Platform::Mikrotik, QStringLiteral("mikrotik/%1.rsc")},
            {Platform::Pfsense, QStringLiteral("pfsense/%1-steps.md")}};
        for (const Site &site : t.sites) {
            QStringList vendorFiles;
            for (const GeneratedFile &f : g.filesBySite.value(site.id)) {
                if (f.path.startsWith("cisco-ios/") || f.path.startsWith("mikrotik/")
                    || f.path.startsWith("pfsense/"))
                    vendorFiles << f.path;
            }
            QCOMPARE(vendorFiles, QStringList{expected.value(site.platform).arg(site.id)});
        }
    }
};

QTEST_GUILESS_MAIN(TestClientGeneration)
#include "tst_clientgeneration.moc"
