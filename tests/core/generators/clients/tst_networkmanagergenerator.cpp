#include "clientfiles.h"

#include "core/generators/clients/networkmanagergenerator.h"
#include "core/mtu/mtucalculator.h"

#include <QStandardPaths>
#include <QTest>

namespace {

using Sections = QMap<QString, QMap<QString, QString>>;

Sections parseKeyfile(const QByteArray &bytes)
{
    Sections out;
    QString section;
    for (const QByteArray &raw : bytes.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2);
            out[section]; // keep empty sections
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        out[section].insert(line.left(eq), line.mid(eq + 1));
    }
    return out;
}

// A stand-in for nmcli on PATH: records every call (one argument per line) and
// answers `-g NAME connection show` with $FAKE_NMCLI_EXISTS; `connection up id
// $FAKE_NMCLI_SILENT` fails as an activation without an answer does. Nothing
// reaches NetworkManager.
const char *kFakeNmcli = "#!/bin/sh\n"
                         "{ echo '--call'; for a in \"$@\"; do printf '%s\\n' \"$a\"; done; } "
                         ">> \"$FAKE_NMCLI_LOG\"\n"
                         "if [ \"$1\" = -g ] && [ -n \"${FAKE_NMCLI_EXISTS:-}\" ]; then "
                         "echo \"$FAKE_NMCLI_EXISTS\"; fi\n"
                         "if [ \"$1 $2 $3\" = 'connection up id' ] && [ \"$4\" = \"${FAKE_NMCLI_SILENT:-}\" ]; then "
                         "echo 'Error: Connection activation failed: timeout' >&2; exit 4; fi\n"
                         "exit 0\n";

QList<QStringList> runScript(const QString &dir, const QString &exists, QString *error,
                             const QString &silent = {}, QString *stderrText = nullptr)
{
    const QString bin = dir + QStringLiteral("/fakebin");
    QDir().mkpath(bin);
    QFile fake(bin + QStringLiteral("/nmcli"));
    fake.open(QIODevice::WriteOnly);
    fake.write(kFakeNmcli);
    fake.close();
    fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const QString log = dir + QStringLiteral("/nmcli.log");
    QFile::remove(log);
    QProcess sh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), bin + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("FAKE_NMCLI_LOG"), log);
    env.insert(QStringLiteral("FAKE_NMCLI_EXISTS"), exists);
    env.insert(QStringLiteral("FAKE_NMCLI_SILENT"), silent);
    sh.setProcessEnvironment(env);
    sh.start(QStringLiteral("/bin/sh"), {dir + QStringLiteral("/networkmanager/connect.sh")});
    const bool finished = sh.waitForFinished(10000);
    const QString err = QString::fromUtf8(sh.readAllStandardError());
    if (stderrText)
        *stderrText = err;
    if (!finished || sh.exitCode() != 0) {
        *error = QStringLiteral("connect.sh failed: ") + err;
        return {};
    }
    QFile in(log);
    in.open(QIODevice::ReadOnly);
    QList<QStringList> calls;
    for (const QByteArray &line : in.readAll().split('\n')) {
        if (line == "--call")
            calls.append(QStringList());
        else if (!calls.isEmpty() && !line.isEmpty())
            calls.last().append(QString::fromUtf8(line));
    }
    return calls;
}

} // namespace

class TestNetworkManagerGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("user");
        QTest::newRow("seed split") << "seed" << "staff" << "alice";
        QTest::newRow("vendors full") << "vendors" << "ops" << "carol";
        QTest::newRow("vendors split") << "vendors" << "field" << "dave";
    }

    void golden_data() { cases_data(); }
    void golden()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, profile);
        QFETCH(QString, user);
        const QString diff = ClientFiles::golden(NetworkManagerGenerator(), QStringLiteral("networkmanager"), fixture, profile, user);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // The keyfile holds exactly what nmcli itself writes for the connection that
    // connect.sh creates (NetworkManager 1.42, `nmcli --offline`, no daemon).
    void keyfileMatchesNmcliOffline_data() { cases_data(); }
    void keyfileMatchesNmcliOffline()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, profile);
        QFETCH(QString, user);
        const QString nmcli = QStandardPaths::findExecutable(QStringLiteral("nmcli"));
        if (nmcli.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("nmcli is missing (package network-manager)");
            QSKIP("nmcli is missing (package network-manager): NOT TESTED");
        }
        QString error;
        const auto files = ClientFiles::generate(NetworkManagerGenerator(), fixture, profile, user, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(ClientFiles::writeAll(files, dir.path()));
        QCOMPARE(ClientFiles::shellSyntax(dir.path() + QStringLiteral("/networkmanager/connect.sh")), QString());

        const QList<QStringList> calls = runScript(dir.path(), QString(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(calls.size(), 3); // show, add, up
        QStringList add = calls[1];
        QCOMPARE(add.mid(0, 2), QStringList({"connection", "add"}));
        const QString base = QStringLiteral("%1-%2").arg(profile, user);
        QCOMPARE(calls[2], QStringList({"connection", "up", "id", profile, "passwd-file",
                                        dir.path() + "/networkmanager/" + base + ".secrets"}));
        // No secret on any command line.
        Topology t;
        Secrets s;
        QVERIFY(GoldenFiles::load(fixture, &t, &s, &error));
        for (const QStringList &call : calls) {
            const QString joined = call.join(QLatin1Char(' '));
            QVERIFY(!joined.contains(s.users.value(user)));
            QVERIFY(!joined.contains(s.psk.value(t.profile(profile)->secret)));
        }

        QProcess p;
        p.start(nmcli, QStringList{QStringLiteral("--offline")} + add);
        QVERIFY(p.waitForFinished(20000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        Sections expected = parseKeyfile(p.readAllStandardOutput());
        const auto *keyfile = ClientFiles::find(files, "networkmanager/" + base + ".nmconnection");
        QVERIFY(keyfile);
        QCOMPARE(keyfile->mode, 0600);
        Sections actual = parseKeyfile(keyfile->content);
        QVERIFY(!actual[QStringLiteral("connection")].value(QStringLiteral("uuid")).isEmpty());
        expected[QStringLiteral("connection")].remove(QStringLiteral("uuid"));
        actual[QStringLiteral("connection")].remove(QStringLiteral("uuid"));
        // Secrets reach nmcli through the passwd-file instead of the command line.
        const QMap<QString, QString> keyfileSecrets = actual.take(QStringLiteral("vpn-secrets"));
        QCOMPARE(actual, expected);

        const auto *passwd = ClientFiles::find(files, "networkmanager/" + base + ".secrets");
        QVERIFY(passwd);
        QCOMPARE(passwd->mode, 0600);
        QMap<QString, QString> fromPasswd;
        for (const QByteArray &line : passwd->content.split('\n')) {
            if (line.isEmpty())
                continue;
            const QString l = QString::fromUtf8(line);
            QVERIFY(l.startsWith(QLatin1String("vpn.secrets.")));
            const qsizetype colon = l.indexOf(QLatin1Char(':'));
            fromPasswd.insert(l.mid(12, colon - 12), l.mid(colon + 1));
        }
        QCOMPARE(fromPasswd, keyfileSecrets);
        QCOMPARE(QByteArray::fromBase64(keyfileSecrets.value("ipsec-psk").mid(2).toLatin1()),
                 s.psk.value(t.profile(profile)->secret).toUtf8());
        QCOMPARE(keyfileSecrets.value("password"), s.users.value(user));
    }

    // Failover (docs/failover.md): a profile with a backup hub gets a second
    // connection; connect.sh makes both and brings the backup up only when the
    // hub's activation fails, saying so.
    void aBackupHubGetsItsConnectionAndIsTriedSecond()
    {
        QString error;
        const QString fixture = QStringLiteral("../failover/backup-hub");
        const auto files = ClientFiles::generate(NetworkManagerGenerator(), fixture, "staff", "alice", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto *primary = ClientFiles::find(files, "networkmanager/staff-alice.nmconnection");
        const auto *backup = ClientFiles::find(files, "networkmanager/staff-backup-alice.nmconnection");
        QVERIFY(primary && backup);
        QVERIFY(ClientFiles::find(files, "networkmanager/staff-backup-alice.secrets"));
        QCOMPARE(parseKeyfile(primary->content)["vpn"].value("gateway"), QStringLiteral("203.0.113.10"));
        const Sections b = parseKeyfile(backup->content);
        QCOMPARE(b["vpn"].value("gateway"), QStringLiteral("192.0.2.30"));
        QCOMPARE(b["connection"].value("id"), QStringLiteral("staff-backup"));
        QVERIFY(b["connection"].value("uuid") != parseKeyfile(primary->content)["connection"].value("uuid"));
        QCOMPARE(b["ipv4"].value("route1"), QStringLiteral("10.20.0.0/24")); // the profile's routes
        QTemporaryDir dir;
        QVERIFY(ClientFiles::writeAll(files, dir.path()));
        QCOMPARE(ClientFiles::shellSyntax(dir.path() + QStringLiteral("/networkmanager/connect.sh")), QString());

        QString stderrText;
        const QList<QStringList> answered = runScript(dir.path(), QString(), &error, {}, &stderrText);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(answered.size(), 5); // show, add, show, add, up
        QCOMPARE(answered[3].mid(0, 5), QStringList({"connection", "add", "type", "vpn", "con-name"}));
        QCOMPARE(answered[3][5], QStringLiteral("staff-backup"));
        QCOMPARE(answered[4].mid(0, 4), QStringList({"connection", "up", "id", "staff"}));
        QVERIFY(!stderrText.contains(QLatin1String("backup")));

        const QList<QStringList> failedOver =
            runScript(dir.path(), QString(), &error, QStringLiteral("staff"), &stderrText);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(failedOver.size(), 6);
        QCOMPARE(failedOver[5], QStringList({"connection", "up", "id", "staff-backup", "passwd-file",
                                             dir.path() + "/networkmanager/staff-backup-alice.secrets"}));
        QVERIFY2(stderrText.contains(QLatin1String("203.0.113.10 did not answer; trying the backup "
                                                   "server 192.0.2.30")),
                 qPrintable(stderrText));
    }

    // Re-running connect.sh on a machine that has the connection modifies it
    // with the same properties instead of adding a duplicate.
    void scriptUpdatesAnExistingConnection()
    {
        QString error;
        const auto files = ClientFiles::generate(NetworkManagerGenerator(), "seed", "staff", "alice", &error);
        QTemporaryDir dir;
        QVERIFY(ClientFiles::writeAll(files, dir.path()));
        const QList<QStringList> fresh = runScript(dir.path(), QString(), &error);
        const QList<QStringList> again = runScript(dir.path(), QStringLiteral("staff"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again.size(), 3);
        QCOMPARE(again[1].mid(0, 4), QStringList({"connection", "modify", "id", "staff"}));
        // add: connection add type vpn con-name staff vpn-type l2tp <properties>
        QCOMPARE(again[1].mid(4), fresh[1].mid(8));
    }

    void splitAndFullTunnel()
    {
        QString error;
        const auto split = ClientFiles::generate(NetworkManagerGenerator(), "seed", "staff", "alice", &error);
        const Sections s = parseKeyfile(ClientFiles::find(split, "networkmanager/staff-alice.nmconnection")->content);
        QCOMPARE(s["ipv4"].value("never-default"), QStringLiteral("true"));
        QCOMPARE(s["ipv4"].value("route1"), QStringLiteral("10.10.0.0/16"));
        QCOMPARE(s["ipv4"].value("route2"), QStringLiteral("10.20.0.0/16"));
        QCOMPARE(s["vpn"].value("mtu"), QString::number(1400));
        QCOMPARE(s["vpn"].value("ipsec-enabled"), QStringLiteral("yes"));
        QVERIFY(s["vpn-secrets"].value("ipsec-psk").startsWith(QLatin1String("0s")));
        const auto full = ClientFiles::generate(NetworkManagerGenerator(), "vendors", "ops", "carol", &error);
        const Sections f = parseKeyfile(ClientFiles::find(full, "networkmanager/ops-carol.nmconnection")->content);
        QVERIFY(!f["ipv4"].contains("never-default"));
        QVERIFY(!f["ipv4"].contains("route1"));
        // Full tunnel is all traffic: no IPv6 beside the IPv4-only tunnel.
        QCOMPARE(f["ipv6"].value("method"), QStringLiteral("disabled"));
        QCOMPARE(s["ipv6"].value("method"), QStringLiteral("auto"));
    }

    void mtuComesFromTheMtuCalculator()
    {
        Topology t;
        Secrets s;
        QString error;
        QVERIFY(GoldenFiles::load("seed", &t, &s, &error));
        t.mtu.reset();
        const TopologyIndex index(t);
        const RouteTable routes = RouteTable::build(t, index);
        const GeneratorInput input{t, s, routes, index};
        const auto files = NetworkManagerGenerator().generate(input, *t.profile("staff"), "alice");
        const Sections k = parseKeyfile(ClientFiles::find(files, "networkmanager/staff-alice.nmconnection")->content);
        const int mtu = MtuCalculator::l2tpOverIpsec().recommendedMtu;
        QCOMPARE(k["vpn"].value("mtu"), QString::number(mtu));
        QCOMPARE(k["vpn"].value("mru"), QString::number(mtu));
    }
};

QTEST_GUILESS_MAIN(TestNetworkManagerGenerator)
#include "tst_networkmanagergenerator.moc"
