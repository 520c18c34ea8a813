#include "clientfiles.h"

#include "core/generators/clients/macosgenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QTest>

namespace {

// Parses with Python's plistlib (expat underneath) and prints the plist as JSON
// with every value tagged by its plist type.
const char *kPlistToJson = R"(import json, plistlib, sys
with open(sys.argv[1], 'rb') as f:
    root = plistlib.load(f, fmt=plistlib.FMT_XML)
def tag(v):
    if isinstance(v, bool): return {'bool': v}
    if isinstance(v, int): return {'integer': v}
    if isinstance(v, bytes): return {'data': v.decode('utf-8')}
    if isinstance(v, str): return {'string': v}
    if isinstance(v, list): return [tag(x) for x in v]
    if isinstance(v, dict): return {k: tag(x) for k, x in v.items()}
    raise SystemExit('unexpected type %r' % type(v))
json.dump(tag(root), sys.stdout)
)";

QJsonObject parsePlist(const QByteArray &bytes, QString *error)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.mobileconfig"));
    QFile out(file);
    out.open(QIODevice::WriteOnly);
    out.write(bytes);
    out.close();
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromLatin1(kPlistToJson), file});
    if (!py.waitForFinished(20000) || py.exitCode() != 0) {
        *error = QStringLiteral("plistlib refused it: ") + QString::fromUtf8(py.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(py.readAllStandardOutput()).object();
}

const char *kFakeRoute = "#!/bin/sh\n"
                         "printf '%s\\n' \"route $*\" >> \"$FAKE_LOG\"\n"
                         "[ \"$2\" = add ] && [ -n \"${FAKE_ADD_FAILS:-}\" ] && exit 1\n"
                         "exit 0\n";
const char *kFakeLogger = "#!/bin/sh\nprintf '%s\\n' \"logger $*\" >> \"$FAKE_LOG\"\n";

QStringList runIpUp(const QString &script, const QStringList &args, bool addFails)
{
    QTemporaryDir dir;
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QDir().mkpath(bin);
    for (const auto &[name, body] : {std::pair{"route", kFakeRoute}, std::pair{"logger", kFakeLogger}}) {
        QFile f(bin + QLatin1Char('/') + QLatin1String(name));
        f.open(QIODevice::WriteOnly);
        f.write(body);
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    const QString log = dir.filePath(QStringLiteral("log"));
    QProcess sh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), bin + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("FAKE_LOG"), log);
    if (addFails)
        env.insert(QStringLiteral("FAKE_ADD_FAILS"), QStringLiteral("1"));
    sh.setProcessEnvironment(env);
    sh.start(QStringLiteral("/bin/sh"), QStringList{script} + args);
    sh.waitForFinished(10000);
    QFile in(log);
    QStringList lines;
    if (in.open(QIODevice::ReadOnly)) // no log: the script called nothing
        lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines << QStringLiteral("exit %1").arg(sh.exitCode());
    return lines;
}

} // namespace

class TestMacosGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("user");
        QTest::newRow("seed split") << "seed" << "staff" << "alice";
        QTest::newRow("vendors full") << "vendors" << "ops" << "carol";
    }
    void golden()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, profile);
        QFETCH(QString, user);
        const QString diff = ClientFiles::golden(MacosGenerator(), QStringLiteral("macos"), fixture, profile, user);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void plistParserAcceptsTheProfile_data() { golden_data(); }
    void plistParserAcceptsTheProfile()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, profile);
        QFETCH(QString, user);
        QString error;
        const auto files = ClientFiles::generate(MacosGenerator(), fixture, profile, user, &error);
        const GeneratedFile *f = ClientFiles::find(files, QStringLiteral("macos/%1.mobileconfig").arg(profile));
        QVERIFY(f);
        QCOMPARE(f->mode, 0600);
        const QJsonObject root = parsePlist(f->content, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Topology t;
        Secrets s;
        QVERIFY(GoldenFiles::load(fixture, &t, &s, &error));
        const Profile *p = t.profile(profile);
        QCOMPARE(root["PayloadType"].toObject()["string"].toString(), QStringLiteral("Configuration"));
        QCOMPARE(root["PayloadVersion"].toObject()["integer"].toInt(), 1);
        const QJsonObject vpn = root["PayloadContent"].toArray().at(0).toObject();
        QCOMPARE(vpn["PayloadType"].toObject()["string"].toString(), QStringLiteral("com.apple.vpn.managed"));
        QCOMPARE(vpn["VPNType"].toObject()["string"].toString(), QStringLiteral("L2TP"));
        const QJsonObject ppp = vpn["PPP"].toObject();
        QCOMPARE(ppp["AuthName"].toObject()["string"].toString(), user);
        QCOMPARE(ppp["CommRemoteAddress"].toObject()["string"].toString(), t.site(p->hub)->publicAddress);
        const QJsonObject ipsec = vpn["IPSec"].toObject();
        QCOMPARE(ipsec["AuthenticationMethod"].toObject()["string"].toString(), QStringLiteral("SharedSecret"));
        QCOMPARE(ipsec["LocalIdentifierType"].toObject()["string"].toString(), QStringLiteral("KeyID"));
        // SharedSecret is <data> and decodes to the PSK.
        QCOMPARE(ipsec["SharedSecret"].toObject()["data"].toString(), s.psk.value(p->secret));
        // OverridePrimary is an <integer>: 1 for full tunnel, 0 for split.
        const QJsonObject override = vpn["IPv4"].toObject()["OverridePrimary"].toObject();
        QVERIFY(override.contains("integer"));
        QCOMPARE(override["integer"].toInt(), p->tunnel == TunnelMode::Full ? 1 : 0);
        QVERIFY(root["PayloadUUID"].toObject()["string"].toString()
                != vpn["PayloadUUID"].toObject()["string"].toString());
    }

    void uuidsAreStableAndPerUser()
    {
        QString error;
        const auto a1 = ClientFiles::generate(MacosGenerator(), "seed", "staff", "alice", &error);
        const auto a2 = ClientFiles::generate(MacosGenerator(), "seed", "staff", "alice", &error);
        const auto b = ClientFiles::generate(MacosGenerator(), "seed", "staff", "bob", &error);
        const QByteArray alice = ClientFiles::find(a1, "macos/staff.mobileconfig")->content;
        QCOMPARE(ClientFiles::find(a2, "macos/staff.mobileconfig")->content, alice);
        const QJsonObject ra = parsePlist(alice, &error);
        const QJsonObject rb = parsePlist(ClientFiles::find(b, "macos/staff.mobileconfig")->content, &error);
        QVERIFY(!ra["PayloadUUID"].toObject()["string"].toString().isEmpty());
        QVERIFY(ra["PayloadUUID"] != rb["PayloadUUID"]);
    }

    void ipUpAddsTheRoutesOnlyForThisVpn()
    {
        QString error;
        const auto files = ClientFiles::generate(MacosGenerator(), "seed", "staff", "alice", &error);
        QTemporaryDir dir;
        QVERIFY(ClientFiles::writeAll(files, dir.path()));
        const QString script = dir.path() + QStringLiteral("/macos/ip-up");
        QCOMPARE(ClientFiles::find(files, "macos/ip-up")->mode, 0755);
        QCOMPARE(ClientFiles::shellSyntax(script), QString());
        const QStringList pppArgs{"ppp0", "", "0", "10.8.0.7", "10.8.0.1", ""};
        QCOMPARE(runIpUp(script, pppArgs, false),
                 QStringList({"route -n add -net 10.10.0.0/16 -interface ppp0",
                              "route -n add -net 10.20.0.0/16 -interface ppp0", "exit 0"}));
        // Another VPN's PPP session: nothing happens.
        QCOMPARE(runIpUp(script, {"ppp1", "", "0", "172.16.0.2", "172.16.0.1", ""}, false),
                 QStringList({"exit 0"}));
        // Route already there: change it instead.
        const QStringList again = runIpUp(script, pppArgs, true);
        QVERIFY(again.contains("route -n change -net 10.10.0.0/16 -interface ppp0"));
        QCOMPARE(again.last(), QStringLiteral("exit 0"));
    }

    void fullTunnelNeedsNoIpUp()
    {
        QString error;
        const auto files = ClientFiles::generate(MacosGenerator(), "vendors", "ops", "carol", &error);
        QVERIFY(!ClientFiles::find(files, "macos/ip-up"));
    }
};

QTEST_GUILESS_MAIN(TestMacosGenerator)
#include "tst_macosgenerator.moc"
