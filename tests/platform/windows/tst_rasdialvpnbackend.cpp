// The Windows backends on Linux: powershell.exe and rasdial are fakes first
// on PATH that record argv and stdin and play back the real tools' output.
#include "../fakebin.h"
#include "platform/common/processrunner.h"
#include "platform/windows/powershellroutebackend.h"
#include "platform/windows/powershellscript.h"
#include "platform/windows/rasdialvpnbackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kName = QStringLiteral("RouteStudio hq staff");
const QString kPassword = QStringLiteral("example-only-alice-pass");
const QString kPsk = QStringLiteral("example-only-Q8v2Lr6nT1yB5dK0");

ClientProfile profile()
{
    ClientProfile p;
    p.connectionName = kName;
    p.gateway = QStringLiteral("203.0.113.10");
    p.user = QStringLiteral("alice");
    p.password = kPassword;
    p.psk = kPsk;
    return p;
}

QStringList powershell(const QString &script)
{
    return {"powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
            "-Command", PowerShellScript::prologue() + script};
}

} // namespace

class TestRasdialVpnBackend : public QObject
{
    Q_OBJECT

    QStringList m_log;
    std::unique_ptr<ProcessRunner> runner()
    {
        auto r = std::make_unique<ProcessRunner>();
        r->addSecret(kPassword);
        r->addSecret(kPsk);
        m_log.clear();
        connect(r.get(), &ProcessRunner::logLine, this, [this](const QString &l) { m_log << l; });
        return r;
    }
    void checkNoSecretLeaked(const FakeBin &bin)
    {
        for (const QString &s : {kPassword, kPsk}) {
            QVERIFY2(!bin.rawLog().contains(s), "a secret reached a command line");
            QVERIFY2(!m_log.join(QLatin1Char('\n')).contains(s), "a secret reached the log");
        }
    }

private Q_SLOTS:
    void ensureProfileSendsThePskOnStdin()
    {
        FakeBin bin;
        bin.install(QStringLiteral("powershell.exe"), QStringLiteral("exit 0"));
        auto r = runner();
        RasdialVpnBackend b(r.get(), PlatformOptions{});
        QString error;
        QVERIFY2(b.ensureProfile(profile(), &error), qPrintable(error));
        QCOMPARE(bin.calls().value(0), powershell(RasdialVpnBackend::ensureScript()));
        QVERIFY(RasdialVpnBackend::ensureScript().contains(QLatin1String(
            "Add-VpnConnection -Name $p.name -ServerAddress $p.server -TunnelType L2tp -L2tpPsk "
            "$p.psk -AuthenticationMethod MSChapv2 -EncryptionLevel Required -SplitTunneling "
            "-Force -PassThru")));
        QVERIFY(RasdialVpnBackend::ensureScript().contains(QLatin1String("Set-VpnConnection")));
        const QJsonObject in = QJsonDocument::fromJson(bin.stdinOf(1)).object();
        QCOMPARE(in.value("name").toString(), kName);
        QCOMPARE(in.value("server").toString(), QStringLiteral("203.0.113.10"));
        QCOMPARE(in.value("psk").toString(), kPsk);
        checkNoSecretLeaked(bin);
    }

    void connectDialsWithThePasswordOnStdin()
    {
        FakeBin bin;
        bin.install(QStringLiteral("rasdial"),
                    QStringLiteral("printf 'Connecting to %s...\\r\\nVerifying username and "
                                   "password...\\r\\nRegistering your computer on the "
                                   "network...\\r\\nSuccessfully connected to %s.\\r\\nCommand "
                                   "completed successfully.\\r\\n' \"$1\" \"$1\""));
        auto r = runner();
        RasdialVpnBackend b(r.get(), PlatformOptions{});
        QString error;
        QVERIFY2(b.connect(profile(), &error), qPrintable(error));
        QCOMPARE(bin.calls().value(0), (QStringList{"rasdial", kName, "alice", "*"}));
        QCOMPARE(bin.stdinOf(1), kPassword.toUtf8() + "\r\n");
        checkNoSecretLeaked(bin);
    }

    void connectErrorIsReported()
    {
        FakeBin bin;
        bin.install(QStringLiteral("rasdial"),
                    QStringLiteral("printf 'Connecting to %s...\\r\\n\\r\\nRemote Access error 691 "
                                   "- The remote connection was denied because the user name and "
                                   "password combination you provided is not recognized, or the "
                                   "selected authentication protocol is not permitted on the "
                                   "remote access server.\\r\\n' \"$1\"; exit 691"));
        auto r = runner();
        RasdialVpnBackend b(r.get(), PlatformOptions{});
        QString error;
        QVERIFY(!b.connect(profile(), &error));
        QVERIFY2(error.contains(QLatin1String("Remote Access error 691")), qPrintable(error));
    }

    void connectHangTimesOut()
    {
        FakeBin bin;
        bin.install(QStringLiteral("rasdial"), QStringLiteral("exec sleep 30"));
        auto r = runner();
        PlatformOptions o;
        o.connectTimeoutMs = 400;
        RasdialVpnBackend b(r.get(), o);
        QString error;
        QVERIFY(!b.connect(profile(), &error));
        QVERIFY2(error.contains(QLatin1String("did not finish within 0.4 s")), qPrintable(error));
    }

    void status_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("state");
        QTest::newRow("connected") << "Connected to\r\nRouteStudio hq staff\r\nCommand completed "
                                      "successfully.\r\n"
                                   << int(VpnState::Connected);
        QTest::newRow("other entry") << "Connected to\r\nOffice\r\nCommand completed "
                                        "successfully.\r\n"
                                     << int(VpnState::Disconnected);
        QTest::newRow("none") << "No connections\r\nCommand completed successfully.\r\n"
                              << int(VpnState::Disconnected);
    }
    void status()
    {
        QFETCH(QString, output);
        QFETCH(int, state);
        FakeBin bin;
        bin.install(QStringLiteral("rasdial"), QStringLiteral("printf '%s' '") + output +
                                                   QStringLiteral("'"));
        auto r = runner();
        RasdialVpnBackend b(r.get(), PlatformOptions{});
        QString error;
        QCOMPARE(int(b.status(profile(), &error)), state);
        QCOMPARE(bin.calls().value(0), QStringList{"rasdial"});
    }

    void disconnectHangsUp()
    {
        FakeBin bin;
        bin.install(QStringLiteral("rasdial"), QStringLiteral("echo 'Command completed successfully.'"));
        auto r = runner();
        RasdialVpnBackend b(r.get(), PlatformOptions{});
        QString error;
        QVERIFY(b.disconnect(profile(), &error));
        QCOMPARE(bin.calls().value(0), (QStringList{"rasdial", kName, "/disconnect"}));
    }

    void tunnelReadsTheVpnAddress()
    {
        FakeBin bin;
        bin.install(QStringLiteral("powershell.exe"),
                    QStringLiteral("printf '{\\r\\n    \"IPAddress\":  \"10.8.0.5\",\\r\\n    "
                                   "\"InterfaceAlias\":  \"RouteStudio hq staff\"\\r\\n}\\r\\n'"));
        auto r = runner();
        RasdialVpnBackend b(r.get(), PlatformOptions{});
        QString error;
        const auto t = b.tunnel(profile(), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->interface, kName);
        QCOMPARE(t->local.toString(), QStringLiteral("10.8.0.5"));
        QCOMPARE(bin.calls().value(0), powershell(RasdialVpnBackend::addressScript()));
    }

    void routesGoToTheVpnProfileAndThePinViaTheGateway()
    {
        FakeBin bin;
        bin.install(QStringLiteral("powershell.exe"), QStringLiteral("exit 0"));
        auto r = runner();
        PowerShellRouteBackend b(r.get(), PlatformOptions{});
        QString error;
        const QList<RouteSpec> specs{
            {*Ipv4Prefix::parse(u"203.0.113.10/32"), "Ethernet", Ipv4Address::parse(u"192.168.1.1")},
            {*Ipv4Prefix::parse(u"10.20.0.0/16"), kName, std::nullopt}};
        QVERIFY(b.add(specs, &error));
        QCOMPARE(bin.calls().value(0), powershell(PowerShellRouteBackend::addScript()));
        QVERIFY(PowerShellRouteBackend::addScript().contains(QLatin1String(
            "Add-VpnConnectionRoute -ConnectionName $r.interface -DestinationPrefix $r.prefix")));
        const QJsonArray routes =
            QJsonDocument::fromJson(bin.stdinOf(1)).object().value("routes").toArray();
        QCOMPARE(routes.size(), 2);
        QCOMPARE(routes[0].toObject().value("gateway").toString(), QStringLiteral("192.168.1.1"));
        QCOMPARE(routes[1].toObject().value("prefix").toString(), QStringLiteral("10.20.0.0/16"));
        QCOMPARE(routes[1].toObject().value("interface").toString(), kName);
        QVERIFY(!routes[1].toObject().contains("gateway"));
    }

    void routeFailureIsReported()
    {
        FakeBin bin;
        bin.install(QStringLiteral("powershell.exe"),
                    QStringLiteral("echo 'Add-VpnConnectionRoute : The object already exists.' >&2; "
                                   "exit 1"));
        auto r = runner();
        PowerShellRouteBackend b(r.get(), PlatformOptions{});
        QString error;
        QVERIFY(!b.add({{*Ipv4Prefix::parse(u"10.20.0.0/16"), kName, std::nullopt}}, &error));
        QVERIFY2(error.contains(QLatin1String("The object already exists")), qPrintable(error));
    }

    void listAndLookupParseGetNetRoute()
    {
        FakeBin bin;
        bin.install(QStringLiteral("powershell.exe"), QStringLiteral(R"SH(
case "$*" in
  *Get-NetRoute*) cat <<'JSON'
[
    {"DestinationPrefix":  "0.0.0.0/0", "InterfaceAlias":  "Ethernet", "NextHop":  "192.168.1.1"},
    {"DestinationPrefix":  "192.168.1.0/24", "InterfaceAlias":  "Ethernet", "NextHop":  "0.0.0.0"},
    {"DestinationPrefix":  "192.168.1.23/32", "InterfaceAlias":  "Ethernet", "NextHop":  "0.0.0.0"}
]
JSON
  ;;
  *Find-NetRoute*) echo '{"InterfaceAlias":  "Ethernet", "NextHop":  "192.168.1.1"}' ;;
esac
)SH"));
        auto r = runner();
        PowerShellRouteBackend b(r.get(), PlatformOptions{});
        QString error;
        const auto routes = b.list(QString(), &error);
        QVERIFY2(routes, qPrintable(error));
        QCOMPARE(routes->size(), 3);
        QCOMPARE(routes->at(0).gateway, Ipv4Address::parse(u"192.168.1.1"));
        QVERIFY(routes->at(1).connected);
        QVERIFY(!routes->at(2).connected);
        const auto l = b.lookup(*Ipv4Address::parse(u"203.0.113.10"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->interface, QStringLiteral("Ethernet"));
        QCOMPARE(QJsonDocument::fromJson(bin.stdinOf(2)).object().value("address").toString(),
                 QStringLiteral("203.0.113.10"));
    }
};

QTEST_GUILESS_MAIN(TestRasdialVpnBackend)
#include "tst_rasdialvpnbackend.moc"
