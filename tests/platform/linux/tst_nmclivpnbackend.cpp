#include "../fakebin.h"
#include "core/io/exampletopology.h"
#include "platform/common/clientprofilebuilder.h"
#include "platform/common/processrunner.h"
#include "platform/linux/nmclivpnbackend.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

namespace {

const QString kName = QStringLiteral("RouteStudio hq staff");
const QString kPassword = QStringLiteral("example-only-alice-pass");
const QString kPsk = QStringLiteral("example-only-Q8v2Lr6nT1yB5dK0");

// Plays back nmcli 1.42's output. State lives in files in $FAKEBIN_DIR.
const QString kFakeNmcli = QStringLiteral(R"SH(
d="$FAKEBIN_DIR"
for a in "$@"; do last="$a"; done
case "$1 $2 $3 $4" in
  "-g connection.uuid connection show")
    if [ -f "$d/exists" ]; then echo 2f5c0a43-8f0e-4a0b-9d54-3c1f5e8f7a11; exit 0; fi
    echo "Error: $last - no such connection profile." >&2; exit 10 ;;
  "connection add type vpn")
    touch "$d/exists"
    echo "Connection '$6' (2f5c0a43-8f0e-4a0b-9d54-3c1f5e8f7a11) successfully added." ;;
  "connection modify id $4") ;;
  "--wait "*)
    cp "$last" "$d/passwd.copy"; stat -c %a "$last" > "$d/passwd.mode"
    case "$(cat "$d/mode" 2>/dev/null)" in
      fail) echo "Error: Connection activation failed: The VPN service stopped unexpectedly." >&2
            echo "Hint: use 'journalctl -xe NM_CONNECTION=2f5c0a43 + NM_DEVICE=eth0' to get more details." >&2
            exit 4 ;;
      hang) exec sleep 30 ;;
    esac
    echo "Connection successfully activated (D-Bus active path: /org/freedesktop/NetworkManager/ActiveConnection/7)" ;;
  "connection down id $4")
    if [ -f "$d/inactive" ]; then echo "Error: '$4' is not an active connection." >&2; echo "Error: no active connection provided." >&2; exit 10; fi
    echo "Connection '$4' successfully deactivated (D-Bus active path: /org/freedesktop/NetworkManager/ActiveConnection/7)" ;;
  "-g GENERAL.STATE connection show")
    [ -f "$d/exists" ] || { echo "Error: $last - no such connection profile." >&2; exit 10; }
    cat "$d/state" 2>/dev/null ;;
  "-g IP4.ADDRESS connection show") echo "10.8.0.5/32" ;;
  *) echo "fake nmcli: unexpected: $*" >&2; exit 99 ;;
esac
)SH");

const QString kFakeIp = QStringLiteral(R"SH(
cat <<'JSON'
[{"ifindex":3,"link":"lan0","ifname":"eth0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"192.168.1.23","prefixlen":24,"scope":"global","label":"eth0","valid_life_time":4294967295,"preferred_life_time":4294967295}]},{"ifindex":4,"ifname":"ppp0","flags":["NO-CARRIER","POINTOPOINT","MULTICAST","NOARP","UP"],"mtu":1500,"qdisc":"pfifo_fast","operstate":"DOWN","group":"default","txqlen":500,"addr_info":[{"family":"inet","local":"10.8.0.5","address":"10.8.0.1","prefixlen":32,"scope":"global","label":"ppp0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
JSON
)SH");

ClientProfile aliceProfile()
{
    Secrets secrets;
    secrets.psk.insert(QStringLiteral("hq-l2tp"), kPsk);
    secrets.users.insert(QStringLiteral("alice"), kPassword);
    QString error;
    const auto p = ClientProfileBuilder::build(ExampleTopology::topology(), secrets,
                                               QStringLiteral("staff"), QStringLiteral("alice"),
                                               &error);
    return p.value_or(ClientProfile{});
}

} // namespace

class TestNmcliVpnBackend : public QObject
{
    Q_OBJECT

    QStringList m_log;

    void checkNoSecretLeaked(const FakeBin &bin)
    {
        const QString argv = bin.rawLog();
        for (const QString &s : {kPassword, kPsk, QString::fromLatin1(kPsk.toUtf8().toBase64())}) {
            QVERIFY2(!argv.contains(s), "a secret reached a command line");
            QVERIFY2(!m_log.join(QLatin1Char('\n')).contains(s), "a secret reached the log");
        }
    }

    std::unique_ptr<ProcessRunner> runner()
    {
        auto r = std::make_unique<ProcessRunner>();
        r->addSecret(kPassword);
        r->addSecret(kPsk);
        m_log.clear();
        connect(r.get(), &ProcessRunner::logLine, this, [this](const QString &l) { m_log << l; });
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void vpnDataUsesNmL2tpKeys()
    {
        QCOMPARE(NmcliVpnBackend::vpnData(aliceProfile()),
                 QStringLiteral("gateway=203.0.113.10, user=alice, password-flags=1, "
                                "ipsec-enabled=yes, ipsec-psk-flags=1, mtu=1400, mru=1400, "
                                "refuse-pap=yes, lcp-echo-interval=30, lcp-echo-failure=4"));
    }

    void ensureProfileAddsAMissingConnection()
    {
        FakeBin bin;
        bin.install(QStringLiteral("nmcli"), kFakeNmcli);
        auto r = runner();
        NmcliVpnBackend nm(r.get(), PlatformOptions{});
        QString error;
        QVERIFY2(nm.ensureProfile(aliceProfile(), &error), qPrintable(error));
        const QList<QStringList> calls = bin.calls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0], (QStringList{"nmcli", "-g", "connection.uuid", "connection", "show",
                                        "id", kName}));
        QCOMPARE(calls[1],
                 (QStringList{"nmcli", "connection", "add", "type", "vpn", "con-name", kName,
                              "vpn-type", "l2tp", "vpn.data",
                              NmcliVpnBackend::vpnData(aliceProfile()), "ipv4.never-default",
                              "yes", "connection.autoconnect", "no"}));
        checkNoSecretLeaked(bin);
    }

    // The recorded `connection add` argv, run through the real nmcli's own
    // parser (`nmcli --offline` prints the keyfile; no daemon involved).
    void addArgvIsAcceptedByRealNmcli()
    {
        const QString real = QStringLiteral("/usr/bin/nmcli");
        if (!QFile::exists(real)) {
            if (qEnvironmentVariable("ROUTESTUDIO_CI") == QLatin1String("1"))
                QFAIL("nmcli (network-manager) is not installed");
            QSKIP("nmcli is not installed");
        }
        FakeBin bin;
        bin.install(QStringLiteral("nmcli"), kFakeNmcli);
        auto r = runner();
        NmcliVpnBackend nm(r.get(), PlatformOptions{});
        QString error;
        QVERIFY2(nm.ensureProfile(aliceProfile(), &error), qPrintable(error));
        QStringList args = bin.calls().value(1).mid(1);
        args.prepend(QStringLiteral("--offline"));
        QProcess p;
        p.start(real, args);
        QVERIFY(p.waitForFinished(20000));
        const QString keyfile = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        for (const char *line : {"id=RouteStudio hq staff", "type=vpn", "autoconnect=false",
                                 "gateway=203.0.113.10", "user=alice", "ipsec-enabled=yes",
                                 "ipsec-psk-flags=1", "password-flags=1", "mtu=1400",
                                 "service-type=org.freedesktop.NetworkManager.l2tp",
                                 "never-default=true"})
            QVERIFY2(keyfile.contains(QLatin1String(line)), line);
        QVERIFY(!keyfile.contains(QLatin1String("[vpn-secrets]")));
    }

    void ensureProfileModifiesAnExistingConnection()
    {
        FakeBin bin;
        bin.install(QStringLiteral("nmcli"), kFakeNmcli);
        QFile(bin.path() + QStringLiteral("/exists")).open(QIODevice::WriteOnly);
        auto r = runner();
        NmcliVpnBackend nm(r.get(), PlatformOptions{});
        QString error;
        QVERIFY2(nm.ensureProfile(aliceProfile(), &error), qPrintable(error));
        QCOMPARE(bin.calls().value(1),
                 (QStringList{"nmcli", "connection", "modify", "id", kName, "vpn.data",
                              NmcliVpnBackend::vpnData(aliceProfile()), "ipv4.never-default",
                              "yes", "connection.autoconnect", "no"}));
    }

    // Secrets go through a 0600 passwd-file that is gone after nmcli returns.
    void connectPassesSecretsInAPrivateFile()
    {
        FakeBin bin;
        bin.install(QStringLiteral("nmcli"), kFakeNmcli);
        auto r = runner();
        PlatformOptions o;
        o.connectTimeoutMs = 60000;
        NmcliVpnBackend nm(r.get(), o);
        QString error;
        QVERIFY2(nm.connect(aliceProfile(), &error), qPrintable(error));
        const QStringList call = bin.calls().value(0);
        QCOMPARE(call.mid(0, 7), (QStringList{"nmcli", "--wait", "60", "connection", "up", "id",
                                              kName}));
        QCOMPARE(call.value(7), QStringLiteral("passwd-file"));
        QCOMPARE(call.size(), 9);
        QVERIFY(!QFile::exists(call.value(8)));
        QCOMPARE(bin.file(QStringLiteral("passwd.mode")).trimmed(), QByteArray("600"));
        QCOMPARE(bin.file(QStringLiteral("passwd.copy")),
                 "vpn.secrets.password:" + kPassword.toUtf8() + "\nvpn.secrets.ipsec-psk:0s" +
                     kPsk.toUtf8().toBase64() + "\n");
        checkNoSecretLeaked(bin);
    }

    void connectFailureSaysWhy()
    {
        FakeBin bin;
        bin.install(QStringLiteral("nmcli"), kFakeNmcli);
        QFile mode(bin.path() + QStringLiteral("/mode"));
        QVERIFY(mode.open(QIODevice::WriteOnly));
        mode.write("fail\n");
        mode.close();
        auto r = runner();
        NmcliVpnBackend nm(r.get(), PlatformOptions{});
        QString error;
        QVERIFY(!nm.connect(aliceProfile(), &error));
        QVERIFY2(error.startsWith(QLatin1String("nmcli connection up failed (exit 4): Error: "
                                                "Connection activation failed")),
                 qPrintable(error));
        checkNoSecretLeaked(bin);
    }

    // Without a running NetworkManager nmcli says only "Could not create
    // NMClient object: ... No such file or directory": say what it means.
    void networkManagerNotRunningIsNamed()
    {
        FakeBin bin;
        bin.install(QStringLiteral("nmcli"),
                    QStringLiteral("echo 'Error: Could not create NMClient object: Could not "
                                   "connect: No such file or directory.' >&2\nexit 1\n"));
        auto r = runner();
        NmcliVpnBackend nm(r.get(), PlatformOptions{});
        QString error;
        QVERIFY(!nm.ensureProfile(aliceProfile(), &error));
        QVERIFY2(error.startsWith(QLatin1String("NetworkManager is not running: start it (sudo "
                                                "systemctl start NetworkManager")),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Could not create NMClient object")), qPrintable(error));
        QVERIFY(!nm.connect(aliceProfile(), &error));
        QVERIFY2(error.startsWith(QLatin1String("NetworkManager is not running")), qPrintable(error));
    }

    void connectHangTimesOutAndRemovesTheSecretsFile()
    {
        FakeBin bin;
        bin.install(QStringLiteral("nmcli"), kFakeNmcli);
        QFile mode(bin.path() + QStringLiteral("/mode"));
        QVERIFY(mode.open(QIODevice::WriteOnly));
        mode.write("hang\n");
        mode.close();
        auto r = runner();
        PlatformOptions o;
        o.connectTimeoutMs = 1000;
        NmcliVpnBackend nm(r.get(), o);
        QString error;
        QElapsedTimer t;
        t.start();
        QVERIFY(!nm.connect(aliceProfile(), &error));
        QVERIFY(t.elapsed() < 10000);
        QVERIFY2(error.contains(QLatin1String("did not finish within 3 s")), qPrintable(error));
        QCOMPARE(bin.calls().value(0).value(2), QStringLiteral("1"));
        QVERIFY(!QFile::exists(bin.calls().value(0).value(8)));
    }

    void status_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QByteArray>("state");
        QTest::addColumn<int>("expected");
        QTest::newRow("activated") << true << QByteArray("activated\n") << int(VpnState::Connected);
        QTest::newRow("activating") << true << QByteArray("activating\n")
                                    << int(VpnState::Connecting);
        QTest::newRow("inactive") << true << QByteArray() << int(VpnState::Disconnected);
        QTest::newRow("missing") << false << QByteArray() << int(VpnState::Missing);
    }
    void status()
    {
        QFETCH(bool, exists);
        QFETCH(QByteArray, state);
        QFETCH(int, expected);
        FakeBin bin;
        bin.install(QStringLiteral("nmcli"), kFakeNmcli);
        if (exists)
            QFile(bin.path() + QStringLiteral("/exists")).open(QIODevice::WriteOnly);
        QFile s(bin.path() + QStringLiteral("/state"));
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(state);
        s.close();
        auto r = runner();
        NmcliVpnBackend nm(r.get(), PlatformOptions{});
        QString error;
        QCOMPARE(int(nm.status(aliceProfile(), &error)), expected);
        QCOMPARE(bin.calls().value(0), (QStringList{"nmcli", "-g", "GENERAL.STATE", "connection",
                                                    "show", "id", kName}));
    }

    void tunnelFindsThePppInterface()
    {
        FakeBin bin;
        bin.install(QStringLiteral("nmcli"), kFakeNmcli);
        bin.install(QStringLiteral("ip"), kFakeIp);
        auto r = runner();
        PlatformOptions o;
        o.netns = QStringLiteral("rs-test");
        NmcliVpnBackend nm(r.get(), o);
        QString error;
        const auto t = nm.tunnel(aliceProfile(), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->interface, QStringLiteral("ppp0"));
        QCOMPARE(t->local.toString(), QStringLiteral("10.8.0.5"));
        QCOMPARE(t->peer.toString(), QStringLiteral("10.8.0.1"));
        QCOMPARE(bin.calls().value(1),
                 (QStringList{"ip", "-n", "rs-test", "-j", "-4", "addr", "show"}));
    }

    void disconnectOfAnInactiveConnectionIsFine()
    {
        FakeBin bin;
        bin.install(QStringLiteral("nmcli"), kFakeNmcli);
        QFile(bin.path() + QStringLiteral("/inactive")).open(QIODevice::WriteOnly);
        auto r = runner();
        NmcliVpnBackend nm(r.get(), PlatformOptions{});
        QString error;
        QVERIFY(nm.disconnect(aliceProfile(), &error));
        QCOMPARE(bin.calls().value(0), (QStringList{"nmcli", "connection", "down", "id", kName}));
    }
};

QTEST_GUILESS_MAIN(TestNmcliVpnBackend)
#include "tst_nmclivpnbackend.moc"
