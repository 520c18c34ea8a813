#include "core/bundle/bundleprofile.h"
#include "core/generators/clientgeneration.h"
#include "core/generators/sitegeneration.h"
#include "core/io/topologywriter.h"
#include "core/model/topologyindex.h"
#include "core/routes/routetable.h"
#include "core/validation/validator.h"
#include "platform/common/clientprofilebuilder.h"

#include "tests/core/fixturefiles.h"

#include <QTest>

// A remote-access profile with a backup hub (issue 16, docs/failover.md): the
// file field, the backup hub serving the profile, the second connection of
// every client and the user bundle that tells Connect where to fail over.
namespace {

const QString kData = QStringLiteral(ROUTESTUDIO_TEST_DATA "/failover/backup-hub");

Topology topology() { return FixtureFiles::topology(kData); }

Secrets secrets() { return FixtureFiles::secrets(kData); }

QString file(const QList<GeneratedFile> &files, const QString &path)
{
    for (const GeneratedFile &f : files) {
        if (f.path == path)
            return QString::fromUtf8(f.content);
    }
    return QStringLiteral("<no file %1>").arg(path);
}

} // namespace

class TestBackupHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFieldRoundTripsAndIsAbsentWithoutABackup()
    {
        const Topology t = topology();
        QCOMPARE(t.profiles[0].backupHub, QStringLiteral("dr"));
        QCOMPARE(t.profiles[0].hubs(), (QStringList{"hq", "dr"}));
        LoadError error;
        const auto again = TopologyReader::fromJson(TopologyWriter::toJson(t), &error);
        QVERIFY(again);
        QCOMPARE(again->profiles[0].backupHub, QStringLiteral("dr"));
        Topology none = t;
        none.profiles[0].backupHub.clear();
        QVERIFY(!TopologyWriter::toJson(none).contains("backupHub"));
    }

    void theBackupHubServesTheProfile()
    {
        const Topology t = topology();
        const Secrets s = secrets();
        QVERIFY2(!Validator::hasErrors(Validator::validate(t, &s)), "fixture has errors");
        const TopologyIndex index(t);
        QCOMPARE(index.profilesOf(QStringLiteral("dr")).size(), 1);
        const SiteGeneration gen = SiteGeneration::run(t, s);
        for (const QString &hub : {QStringLiteral("hq"), QStringLiteral("dr")}) {
            const QList<GeneratedFile> &files = gen.filesBySite.value(hub);
            QVERIFY2(file(files, QStringLiteral("etc/ppp/chap-secrets")).contains(QLatin1String("\"alice\"")),
                     qPrintable(hub));
            // The L2TP server's PSK (strongSwan "0s" + base64): a hub serves it only
            // for the profiles it serves.
            QByteArray all;
            for (const GeneratedFile &f : files)
                all += f.content;
            const QByteArray psk = "0s" + s.psk.value(QStringLiteral("l2tp")).toUtf8().toBase64();
            QVERIFY2(all.contains(psk),
                     qPrintable(hub));
        }
    }

    void everyClientGetsASecondConnection()
    {
        const ClientGeneration gen =
            ClientGeneration::run(topology(), secrets(), QStringLiteral("staff"), QStringLiteral("alice"));
        QVERIFY2(gen.ok, qPrintable(gen.error));
        const QString ps = file(gen.files, QStringLiteral("windows/staff-backup.ps1"));
        QVERIFY2(ps.contains(QLatin1String("$server = '192.0.2.30'")), qPrintable(ps));
        QVERIFY(ps.contains(QLatin1String("$name = 'staff-backup'")));
        QVERIFY(file(gen.files, QStringLiteral("windows/staff.ps1"))
                    .contains(QLatin1String("# Backup server 192.0.2.30: staff-backup.ps1")));
        const QString mac = file(gen.files, QStringLiteral("macos/staff-backup.mobileconfig"));
        QVERIFY2(mac.contains(QLatin1String("<string>192.0.2.30</string>")), qPrintable(mac));
        QVERIFY(mac.contains(QLatin1String("org.routestudio.staff-backup.alice")));
        QVERIFY(file(gen.files, QStringLiteral("macos/ip-up"))
                    .contains(QLatin1String("case \"${5:-}\" in '10.8.0.1'|'10.9.0.1') ;; *) exit 0 ;; esac")));
    }

    void theUserBundleNamesTheBackupAndConnectReadsIt()
    {
        const Topology t = topology();
        const Secrets s = secrets();
        QString error;
        const auto bundle = BundleProfile::fromTopology(t, s, QStringLiteral("staff"), QStringLiteral("alice"), &error);
        QVERIFY2(bundle, qPrintable(error));
        QCOMPARE(bundle->backupHubAddress, QStringLiteral("192.0.2.30"));
        const auto back = BundleProfile::fromJson(bundle->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->backupHubId, QStringLiteral("dr"));
        QCOMPARE(back->backupHubName, QStringLiteral("Disaster recovery site"));
        QVERIFY(!back->extra.contains(QLatin1String("backupHub")));
        const ClientProfile client = ClientProfileBuilder::fromBundle(*back);
        QCOMPARE(client.backupGateway, QStringLiteral("192.0.2.30"));
        QCOMPARE(client.throughBackup().connectionName, QStringLiteral("RouteStudio dr staff"));
        QCOMPARE(client.throughBackup().routes, client.routes);
        const auto built = ClientProfileBuilder::build(t, s, QStringLiteral("staff"), QStringLiteral("alice"), &error);
        QVERIFY2(built, qPrintable(error));
        QCOMPARE(built->backupGateway, client.backupGateway);
        QCOMPARE(built->routes, client.routes);
    }

    void aBadBackupInABundleIsRefusedWithItsField()
    {
        QString error;
        const auto bundle = BundleProfile::fromTopology(topology(), secrets(), QStringLiteral("staff"),
                                                        QStringLiteral("alice"), &error);
        QVERIFY(bundle);
        QByteArray json = bundle->toJson();
        json.replace("\"192.0.2.30\"", "\"-bad-\"");
        QVERIFY(!BundleProfile::fromJson(json, &error));
        QVERIFY2(error.startsWith(QLatin1String("profile.json: backupHub.address ")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBackupHub)
#include "tst_backuphub.moc"
