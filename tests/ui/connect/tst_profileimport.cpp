// Importing a profile bundle into the connect window: a user bundle written by
// the real BundleExport from the seed example becomes the expected
// ClientProfile, its secrets land in the (fake) keychain and nowhere else,
// and it connects. Hostile or broken bundles are refused with a message that
// names the problem, and the current profile and keychain stay as they were.
#include "../../core/bundle/rawarchive.h"
#include "../../platform/fakeroutebackend.h"
#include "../../platform/fakevpnbackend.h"
#include "../../platform/memorycredentialstore.h"
#include "core/bundle/bundleexport.h"
#include "core/bundle/bundleimport.h"
#include "core/io/filebytes.h"
#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"
#include "core/mtu/mtucalculator.h"
#include "platform/common/clientprofilebuilder.h"
#include "platform/common/connectsession.h"
#include "platform/common/processrunner.h"
#include "ui/connect/connectwindow.h"
#include "ui/connect/profileform.h"
#include "ui/connect/profileimporter.h"
#include "ui/connect/routetablemodel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kExamples = QStringLiteral(ROUTESTUDIO_SOURCE_DIR "/resources/examples");

// The seed example exported for real: user-staff-alice and site-hq archives.
struct Exported
{
    Topology topology;
    Secrets secrets;
    QString dir;
    QString user;
    QString site;
};

Exported exportSeed(const QString &outDir, ArchiveFormat format)
{
    Exported e;
    LoadError error;
    e.topology = *TopologyReader::fromFile(kExamples + "/seed.topology.json", &error);
    e.secrets = *SecretsFile::fromFile(kExamples + "/seed.secrets.json", &error);
    e.dir = outDir;
    const QString ext = ArchiveFormats::extension(format);
    ExportSelection user{ExportSelection::Profile, QString(), QStringLiteral("staff"),
                         QStringLiteral("alice")};
    const BundleExport u = BundleExport::run(e.topology, e.secrets, user, format, outDir);
    ExportSelection site{ExportSelection::Site, QStringLiteral("hq"), QString(), QString()};
    const BundleExport s = BundleExport::run(e.topology, e.secrets, site, format, outDir);
    if (u.ok && s.ok) {
        e.user = outDir + "/user-staff-alice." + ext;
        e.site = outDir + "/site-hq." + ext;
    }
    return e;
}

QList<RawEntry> entriesOf(const QString &archive)
{
    LoadError loadError;
    QString error;
    const auto bytes = FileBytes::read(archive, &loadError);
    const auto bundle = BundleImport::read(bytes.value_or(QByteArray()), &error);
    QList<RawEntry> out;
    if (!bundle)
        return out;
    for (const GeneratedFile &f : bundle->contents.files)
        out.append(RawEntry{(bundle->contents.manifest.name + QLatin1Char('/') + f.path).toUtf8(),
                            f.content, f.mode, AE_IFREG, {}, {}});
    return out;
}

struct Rig
{
    ProcessRunner runner;
    FakeVpnBackend vpn;
    FakeRouteBackend routes;
    ConnectSession session{&vpn, &routes, &runner};
    MemoryCredentialStore store;
    ConnectWindow window{&session, &store};
};

} // namespace

class TestProfileImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsExportedBundle_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("tar.gz") << int(ArchiveFormat::TarGz);
        QTest::newRow("zip") << int(ArchiveFormat::Zip);
    }

    void importsExportedBundle()
    {
        QFETCH(int, format);
        QTemporaryDir tmp;
        const Exported ex = exportSeed(tmp.path(), ArchiveFormat(format));
        QVERIFY(!ex.user.isEmpty());
        const QStringList before = QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        Rig rig;
        QString error;
        QVERIFY2(rig.window.importBundle(ex.user, &error), qPrintable(error));

        const auto profile = rig.window.profileForm()->profile(&error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->connectionName, QStringLiteral("RouteStudio hq staff"));
        QCOMPARE(profile->profileId, QStringLiteral("staff"));
        QCOMPARE(profile->hubId, QStringLiteral("hq"));
        QCOMPARE(profile->gateway, QStringLiteral("203.0.113.10"));
        QCOMPARE(profile->user, QStringLiteral("alice"));
        QCOMPARE(profile->tunnel, TunnelMode::Split);
        QCOMPARE(profile->routes, (QList<Ipv4Prefix>{*Ipv4Prefix::parse(u"10.10.0.0/16"),
                                                     *Ipv4Prefix::parse(u"10.20.0.0/16")}));
        QCOMPARE(profile->mtu, MtuCalculator::pppMtu(ex.topology));
        const QString password = ex.secrets.users.value(QStringLiteral("alice"));
        const QString psk = ex.secrets.psk.value(ex.topology.profile(QStringLiteral("staff"))->secret);
        QCOMPARE(profile->password, password);
        QCOMPARE(profile->psk, psk);

        // Secrets in the keychain, nowhere else: not in the log, no extracted copy.
        QCOMPARE(rig.store.entries.value(QStringLiteral("RouteStudio hq staff/alice")), password);
        QCOMPARE(rig.store.entries.value(QStringLiteral("RouteStudio hq staff/#psk")), psk);
        QCOMPARE(rig.store.entries.size(), 2);
        QVERIFY(!rig.window.logText().contains(password));
        QVERIFY(!rig.window.logText().contains(psk));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);

        QVERIFY2(rig.window.statusText().startsWith(QLatin1String("Profile imported:")),
                 qPrintable(rig.window.statusText()));
        QCOMPARE(rig.window.routeModel()->rowCount(), 2);
        QCOMPARE(rig.window.routeModel()->index(0, RouteTableModel::StateColumn).data().toString(),
                 QStringLiteral("planned"));

        // And it connects: the routes of the bundle go into the tunnel.
        rig.vpn.tunnelInfo = TunnelInfo{QStringLiteral("ppp0"), *Ipv4Address::parse(u"10.8.0.5"),
                                        *Ipv4Address::parse(u"10.8.0.1")};
        QTest::mouseClick(rig.window.connectButton(), Qt::LeftButton);
        QTRY_COMPARE(rig.session.state(), ConnectSession::State::Connected);
        QCOMPARE(rig.session.profile().gateway, QStringLiteral("203.0.113.10"));
        QCOMPARE(rig.routes.ours().size(), 3); // two routes + the server pin
        rig.window.disconnectVpn();
        QTRY_COMPARE(rig.session.state(), ConnectSession::State::Idle);
        QVERIFY(rig.routes.ours().isEmpty());
    }

    void importIsOnTheMenuAndTheEmptyState()
    {
        Rig rig;
        QVERIFY(rig.window.importAction());
        QCOMPARE(rig.window.importAction()->text(), QStringLiteral("&Import Profile…"));
        QVERIFY(rig.window.menuBar()->actions().first()->menu()->actions().contains(
            rig.window.importAction()));
        auto *button = rig.window.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(button);
        QString error;
        QVERIFY(!rig.window.profileForm()->profile(&error));
        QCOMPARE(error, QStringLiteral("import a profile bundle (or open a topology) first"));
    }

    void hostileBundleIsRefused_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("reason");
        QTest::newRow("traversal") << "traversal" << "\"user-staff-alice/../evil\": path traversal";
        QTest::newRow("symlink") << "symlink" << "\"user-staff-alice/files/link\": symbolic link";
        QTest::newRow("tampered profile.json") << "tampered" << "SHA-256 does not match";
        QTest::newRow("site bundle") << "site" << "this is a site bundle, not a user bundle";
        QTest::newRow("not an archive") << "garbage" << "not a tar, tar.gz or zip";
        QTest::newRow("missing file") << "missing" << "no-such-bundle.tar.gz";
    }

    void hostileBundleIsRefused()
    {
        QFETCH(QString, attack);
        QFETCH(QString, reason);
        QTemporaryDir tmp;
        const Exported ex = exportSeed(tmp.path(), ArchiveFormat::TarGz);
        QVERIFY(!ex.user.isEmpty());
        Rig rig;
        QString error;
        QVERIFY2(rig.window.importBundle(ex.user, &error), qPrintable(error));
        const auto good = rig.window.profileForm()->profile(&error);
        QVERIFY(good);
        const auto keychain = rig.store.entries;

        QString file = tmp.path() + "/hostile.tar.gz";
        QList<RawEntry> entries = entriesOf(ex.user);
        QVERIFY(!entries.isEmpty());
        QByteArray bytes;
        if (attack == QLatin1String("traversal")) {
            entries.append({"user-staff-alice/../evil", "evil\n", 0644, AE_IFREG, {}, {}});
        } else if (attack == QLatin1String("symlink")) {
            entries.append({"user-staff-alice/files/link", {}, 0777, AE_IFLNK, "/etc/shadow", {}});
        } else if (attack == QLatin1String("tampered")) {
            for (RawEntry &e : entries) {
                if (e.path.endsWith("/profile.json"))
                    e.content.replace("203.0.113.10", "203.0.113.66"); // same size, other server
            }
        } else if (attack == QLatin1String("site")) {
            file = ex.site;
        } else if (attack == QLatin1String("garbage")) {
            bytes = "this is not an archive at all";
        } else {
            file = tmp.path() + "/no-such-bundle.tar.gz";
        }
        if (attack != QLatin1String("site") && attack != QLatin1String("missing")) {
            if (bytes.isEmpty())
                bytes = rawArchive(RawFormat::TarGz, entries);
            QVERIFY(!bytes.isEmpty());
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }

        QVERIFY(!rig.window.importBundle(file, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(rig.window.statusText().startsWith(QLatin1String("Import failed: ")),
                 qPrintable(rig.window.statusText()));
        QVERIFY(rig.window.statusText().contains(reason));
        QVERIFY(rig.window.logText().contains(reason));

        // Nothing changed: the same profile, the same keychain, nothing extracted.
        const auto still = rig.window.profileForm()->profile(&error);
        QVERIFY(still);
        QCOMPARE(still->gateway, good->gateway);
        QCOMPARE(still->routes, good->routes);
        QCOMPARE(still->password, good->password);
        QCOMPARE(rig.store.entries, keychain);
        QVERIFY(!QFileInfo::exists(tmp.path() + "/user-staff-alice"));
        QVERIFY(!QFileInfo::exists(tmp.path() + "/evil"));
    }

    // A file name is the user's (or an attacker's) text: the status line shows it
    // as typed, never as markup (QLabel's AutoText rendered "<img …>" as HTML).
    void markupInAFileNameIsShownAsText()
    {
        QTemporaryDir tmp;
        Rig rig;
        QString error;
        const QString name = tmp.path() + "/<h1>big</h1><img src=x>.tar.gz";
        QVERIFY(!rig.window.importBundle(name, &error));
        const auto *status = rig.window.findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QLatin1String("<h1>big</h1>")), qPrintable(status->text()));
        QCOMPARE(status->textFormat(), Qt::PlainText);
        rig.window.reportOpenFailure(QStringLiteral("Topology not opened: <b>x</b>"));
        QCOMPARE(rig.window.statusText(), QStringLiteral("Topology not opened: <b>x</b>"));
        QVERIFY(rig.window.logText().contains(QLatin1String("Topology not opened: <b>x</b>")));
    }

    void importWhileConnectedIsRefused()
    {
        QTemporaryDir tmp;
        const Exported ex = exportSeed(tmp.path(), ArchiveFormat::TarGz);
        Rig rig;
        QString error;
        QVERIFY(rig.window.importBundle(ex.user, &error));
        rig.vpn.tunnelInfo = TunnelInfo{QStringLiteral("ppp0"), *Ipv4Address::parse(u"10.8.0.5"),
                                        *Ipv4Address::parse(u"10.8.0.1")};
        rig.window.connectVpn();
        QTRY_COMPARE(rig.session.state(), ConnectSession::State::Connected);
        QVERIFY(!rig.window.importBundle(ex.user, &error));
        QCOMPARE(error, QStringLiteral("disconnect before importing another profile"));
        rig.window.disconnectVpn();
    }

    void rememberedForTheNextStartWithoutSecrets()
    {
        QTemporaryDir tmp;
        const Exported ex = exportSeed(tmp.path(), ArchiveFormat::TarGz);
        const QString memory = tmp.path() + "/data/imported-profile.json";
        QString error;
        std::optional<ClientProfile> first;
        QMap<QString, QString> keychain;
        {
            Rig rig;
            rig.window.profileForm()->setMemoryFile(memory);
            QVERIFY(rig.window.importBundle(ex.user, &error));
            first = rig.window.profileForm()->profile(&error);
            keychain = rig.store.entries;
        }
        QVERIFY(first);
        QFile file(memory);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(first->password.toUtf8()));
        QVERIFY(!bytes.contains(first->psk.toUtf8()));
        QCOMPARE(file.permissions() & 0x0077, QFileDevice::Permissions()); // 0600

        Rig next; // a new start, the same keychain
        next.store.entries = keychain;
        next.window.profileForm()->setMemoryFile(memory);
        QVERIFY2(next.window.profileForm()->restoreImported(&error), qPrintable(error));
        const auto again = next.window.profileForm()->profile(&error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->connectionName, first->connectionName);
        QCOMPARE(again->gateway, first->gateway);
        QCOMPARE(again->user, first->user);
        QCOMPARE(again->routes, first->routes);
        QCOMPARE(again->mtu, first->mtu);
        QCOMPARE(again->password, first->password);
        QCOMPARE(again->psk, first->psk);

        Rig forgotten; // the keychain lost them: asked for again
        forgotten.window.profileForm()->setMemoryFile(memory);
        QVERIFY(forgotten.window.profileForm()->restoreImported(&error));
        QVERIFY(!forgotten.window.profileForm()->profile(&error));
        QCOMPARE(error, QStringLiteral("enter the password of alice"));
    }

    void badRememberedProfileIsNamed_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("gateway") << QByteArray("203.0.113.10") << QByteArray("evil host;rm")
                                 << "gateway";
        QTest::newRow("route") << QByteArray("10.20.0.0/16") << QByteArray("10.20.0.1/16")
                               << "routes entry 1 is not an IPv4 prefix";
        QTest::newRow("user") << QByteArray("\"alice\"") << QByteArray("\"al ice\"") << "user";
        QTest::newRow("format") << QByteArray("routestudio-imported-profile")
                                << QByteArray("something-else") << "format";
    }

    void badRememberedProfileIsNamed()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, field);
        QTemporaryDir tmp;
        const Exported ex = exportSeed(tmp.path(), ArchiveFormat::TarGz);
        const QString memory = tmp.path() + "/imported-profile.json";
        QString error;
        {
            Rig rig;
            rig.window.profileForm()->setMemoryFile(memory);
            QVERIFY(rig.window.importBundle(ex.user, &error));
        }
        QFile file(memory);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.contains(from));
        bytes.replace(from, to);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();

        Rig rig;
        rig.window.profileForm()->setMemoryFile(memory);
        QVERIFY(!rig.window.profileForm()->restoreImported(&error));
        QVERIFY2(error.startsWith(memory + ": " + field), qPrintable(error));
        QVERIFY(!rig.window.profileForm()->hasProfileSource());

        QFile::remove(memory); // nothing remembered: no error
        QVERIFY(!rig.window.profileForm()->restoreImported(&error));
        QVERIFY(error.isEmpty());
    }

    void mapsFullTunnelToTheTwoHalves()
    {
        BundleProfile b;
        b.profile = QStringLiteral("road");
        b.user = QStringLiteral("carol");
        b.hubId = QStringLiteral("hq");
        b.hubAddress = QStringLiteral("vpn.example.net");
        b.tunnel = TunnelMode::Full;
        b.routes = {Ipv4Prefix(Ipv4Address(0), 0)};
        b.mtu = 1380;
        const ClientProfile p = ClientProfileBuilder::fromBundle(b);
        QCOMPARE(p.connectionName, QStringLiteral("RouteStudio hq road"));
        QCOMPARE(p.gateway, QStringLiteral("vpn.example.net"));
        QCOMPARE(p.tunnel, TunnelMode::Full);
        QCOMPARE(p.routes, (QList<Ipv4Prefix>{*Ipv4Prefix::parse(u"0.0.0.0/1"),
                                              *Ipv4Prefix::parse(u"128.0.0.0/1")}));
        QCOMPARE(p.mtu, 1380);
    }
};

QTEST_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
