// The macOS backends on Linux: scutil, sudo, route and netstat are fakes
// first on PATH that record argv and play back macOS's output formats.
#include "../fakebin.h"
#include "platform/common/processrunner.h"
#include "platform/macos/bsdroutebackend.h"
#include "platform/macos/scutilvpnbackend.h"

namespace {

const QString kName = QStringLiteral("RouteStudio hq staff");

const QString kStatusConnected = QStringLiteral(R"(Connected
Extended Status <dictionary> {
  IPv4 : <dictionary> {
    Addresses : <array> {
      0 : 10.8.0.5
    }
    DestAddresses : <array> {
      0 : 10.8.0.1
    }
    InterfaceName : ppp0
    Router : 10.8.0.1
    ServerAddress : 203.0.113.10
  }
  PPP : <dictionary> {
    LastCause : 0
    Status : 8
  }
  Status : 2
}
)");

// `scutil --nc status` answers Connecting once, then the content of status.txt.
const QString kFakeScutil = QStringLiteral(R"SH(
d="$FAKEBIN_DIR"
case "$2" in
  list) cat <<'EOF'
Available network connection services in the current set (*=enabled):
* (Disconnected)   9A2F3C11-0B5B-4F2C-8E7A-6F1E5D4C3B2A PPP --> L2TP       "RouteStudio hq staff"           [PPP/L2TP]
* (Disconnected)   1B3D5F70-1111-2222-3333-444455556666 VPN (IKEv2)        "Office"                         [VPN/IKEv2]
EOF
  ;;
  start) ;;
  stop) ;;
  status)
    if [ -f "$d/polled" ]; then cat "$d/status.txt"; else touch "$d/polled"; echo Connecting; fi ;;
esac
)SH");

ClientProfile profile(const QString &name = kName)
{
    ClientProfile p;
    p.connectionName = name;
    p.gateway = QStringLiteral("203.0.113.10");
    p.user = QStringLiteral("alice");
    p.password = QStringLiteral("example-only-alice-pass");
    p.psk = QStringLiteral("example-only-Q8v2Lr6nT1yB5dK0");
    return p;
}

} // namespace

class TestScutilVpnBackend : public QObject
{
    Q_OBJECT

    void writeStatus(const FakeBin &bin, const QString &text)
    {
        QFile f(bin.path() + QStringLiteral("/status.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

private Q_SLOTS:
    void ensureProfileFindsTheInstalledService()
    {
        FakeBin bin;
        bin.install(QStringLiteral("scutil"), kFakeScutil);
        ProcessRunner runner;
        ScutilVpnBackend b(&runner, PlatformOptions{});
        QString error;
        QVERIFY2(b.ensureProfile(profile(), &error), qPrintable(error));
        QCOMPARE(bin.calls().value(0), (QStringList{"scutil", "--nc", "list"}));
        QVERIFY(!b.ensureProfile(profile(QStringLiteral("Office")), &error)); // not L2TP
        QVERIFY(!b.ensureProfile(profile(QStringLiteral("RouteStudio other")), &error));
        QVERIFY2(error.contains(QLatin1String(".mobileconfig")), qPrintable(error));
    }

    // start carries the user only: the secrets live in the keychain.
    void connectStartsThenPollsUntilConnected()
    {
        FakeBin bin;
        bin.install(QStringLiteral("scutil"), kFakeScutil);
        writeStatus(bin, kStatusConnected);
        ProcessRunner runner;
        runner.addSecret(profile().password);
        runner.addSecret(profile().psk);
        ScutilVpnBackend b(&runner, PlatformOptions{});
        b.setPollIntervalMs(10);
        QString error;
        QVERIFY2(b.connect(profile(), &error), qPrintable(error));
        const QList<QStringList> calls = bin.calls();
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls[0], (QStringList{"scutil", "--nc", "start", kName, "--user", "alice"}));
        QCOMPARE(calls[1], (QStringList{"scutil", "--nc", "status", kName}));
        QVERIFY(!bin.rawLog().contains(QLatin1String("--password")));
        QVERIFY(!bin.rawLog().contains(QLatin1String("--secret")));
    }

    void connectThatFallsBackToDisconnectedFails()
    {
        FakeBin bin;
        bin.install(QStringLiteral("scutil"), kFakeScutil);
        writeStatus(bin, QStringLiteral("Disconnected\n"));
        ProcessRunner runner;
        ScutilVpnBackend b(&runner, PlatformOptions{});
        b.setPollIntervalMs(10);
        QString error;
        QVERIFY(!b.connect(profile(), &error));
        QVERIFY2(error.contains(QLatin1String("went back to Disconnected")), qPrintable(error));
    }

    void connectTimesOut()
    {
        FakeBin bin;
        bin.install(QStringLiteral("scutil"), kFakeScutil);
        writeStatus(bin, QStringLiteral("Connecting\n"));
        ProcessRunner runner;
        PlatformOptions o;
        o.connectTimeoutMs = 300;
        ScutilVpnBackend b(&runner, o);
        b.setPollIntervalMs(20);
        QString error;
        QVERIFY(!b.connect(profile(), &error));
        QVERIFY2(error.contains(QLatin1String("did not connect within")), qPrintable(error));
        QCOMPARE(bin.calls().last(), (QStringList{"scutil", "--nc", "stop", kName}));
    }

    void tunnelParsesTheIpv4Dictionary()
    {
        const auto t = ScutilVpnBackend::parseTunnel(kStatusConnected);
        QVERIFY(t);
        QCOMPARE(t->interface, QStringLiteral("ppp0"));
        QCOMPARE(t->local.toString(), QStringLiteral("10.8.0.5"));
        QCOMPARE(t->peer.toString(), QStringLiteral("10.8.0.1"));
        QVERIFY(!ScutilVpnBackend::parseTunnel(QStringLiteral("Disconnected\n")));
        QCOMPARE(ScutilVpnBackend::parseState(kStatusConnected), VpnState::Connected);
    }

    // A failed add undoes the routes added before it, with exact argv.
    void routeAddRollsBackOnFailure()
    {
        FakeBin bin;
        bin.install(QStringLiteral("sudo"), QStringLiteral(R"SH(
case "$*" in
  *"add -net 10.20.0.0/16"*) echo "route: writing to routing socket: File exists" >&2
    echo "add net 10.20.0.0: gateway ppp0: File exists"; exit 1 ;;
  *) echo "add net $5: gateway $7" ;;
esac
)SH"));
        ProcessRunner runner;
        PlatformOptions o;
        o.elevation = {QStringLiteral("sudo"), QStringLiteral("-n")};
        BsdRouteBackend b(&runner, o);
        QString error;
        const QList<RouteSpec> specs{
            {*Ipv4Prefix::parse(u"203.0.113.10/32"), "en0", Ipv4Address::parse(u"192.168.1.1")},
            {*Ipv4Prefix::parse(u"10.10.0.0/16"), "ppp0", std::nullopt},
            {*Ipv4Prefix::parse(u"10.20.0.0/16"), "ppp0", std::nullopt}};
        QVERIFY(!b.add(specs, &error));
        QVERIFY2(error.contains(QLatin1String("File exists")), qPrintable(error));
        const QList<QStringList> calls = bin.calls();
        QCOMPARE(calls.size(), 5);
        QCOMPARE(calls[0], (QStringList{"sudo", "-n", "route", "-n", "add", "-host",
                                        "203.0.113.10", "192.168.1.1"}));
        QCOMPARE(calls[1], (QStringList{"sudo", "-n", "route", "-n", "add", "-net", "10.10.0.0/16",
                                        "-interface", "ppp0"}));
        QCOMPARE(calls[3], (QStringList{"sudo", "-n", "route", "-n", "delete", "-net",
                                        "10.10.0.0/16", "-interface", "ppp0"}));
        QCOMPARE(calls[4], (QStringList{"sudo", "-n", "route", "-n", "delete", "-host",
                                        "203.0.113.10", "192.168.1.1"}));
    }

    void listParsesNetstat()
    {
        FakeBin bin;
        bin.install(QStringLiteral("netstat"), QStringLiteral(R"SH(cat <<'EOF'
Routing tables

Internet:
Destination        Gateway            Flags           Netif Expire
default            192.168.1.1        UGScg             en0
10.8.0.1           10.8.0.5           UH               ppp0
10.20/16           ppp0               USc              ppp0
127                127.0.0.1          UCS               lo0
127.0.0.1          127.0.0.1          UH                lo0
192.168.1          link#6             UCS               en0      !
192.168.1.1/32     link#6             UCS               en0      !
EOF
)SH"));
        ProcessRunner runner;
        BsdRouteBackend b(&runner, PlatformOptions{});
        QString error;
        const auto routes = b.list(QString(), &error);
        QVERIFY2(routes, qPrintable(error));
        QCOMPARE(routes->size(), 7);
        QCOMPARE(routes->at(0).destination.length(), 0);
        QCOMPARE(routes->at(1).destination.toString(), QStringLiteral("10.8.0.1/32"));
        QCOMPARE(routes->at(2).destination.toString(), QStringLiteral("10.20.0.0/16"));
        QCOMPARE(routes->at(5).destination.toString(), QStringLiteral("192.168.1.0/24"));
        QVERIFY(routes->at(5).connected);
        QVERIFY(!routes->at(6).connected);
        QCOMPARE(bin.calls().value(0), (QStringList{"netstat", "-rn", "-f", "inet"}));
    }

    void lookupParsesRouteGet()
    {
        FakeBin bin;
        bin.install(QStringLiteral("route"), QStringLiteral(R"SH(cat <<'EOF'
   route to: 10.20.0.1
destination: 10.20.0.0
       mask: 255.255.0.0
  interface: ppp0
      flags: <UP,DONE,STATIC,PRCLONING>
 recvpipe  sendpipe  ssthresh  rtt,msec    rttvar  hopcount      mtu     expire
       0         0         0         0         0         0      1280         0
EOF
)SH"));
        ProcessRunner runner;
        BsdRouteBackend b(&runner, PlatformOptions{});
        QString error;
        const auto l = b.lookup(*Ipv4Address::parse(u"10.20.0.1"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->interface, QStringLiteral("ppp0"));
        QCOMPARE(bin.calls().value(0), (QStringList{"route", "-n", "get", "10.20.0.1"}));
    }
};

QTEST_GUILESS_MAIN(TestScutilVpnBackend)
#include "tst_scutilvpnbackend.moc"
