// HelperRouteBackend against a fake pkexec and a fake ip first on PATH:
// exact argv, the prefixes on stdin, one helper process per interface batch,
// and the undo of an earlier batch when a later one fails.
#include "../fakebin.h"
#include "platform/common/processrunner.h"
#include "platform/linux/helperroutebackend.h"

namespace {

const QString kHelper = QStringLiteral("/usr/libexec/routestudio/routestudio-helper");

// Real `ip -j -4 route show table main` output from a namespace with a LAN on
// eth0, a default route and a ppp0 with one RouteStudio route (proto 158).
const QString kRoutes = QStringLiteral(
    R"([{"dst":"default","gateway":"192.168.1.1","dev":"eth0","flags":[]},{"dst":"10.8.0.1","dev":"ppp0","protocol":"kernel","scope":"link","prefsrc":"10.8.0.5","flags":["linkdown"]},{"dst":"10.20.0.0/16","dev":"ppp0","protocol":"158","scope":"link","flags":["linkdown"]},{"dst":"192.168.1.0/24","dev":"eth0","protocol":"kernel","scope":"link","prefsrc":"192.168.1.23","flags":[]}])");

PlatformOptions options()
{
    PlatformOptions o;
    o.helperPath = kHelper;
    return o;
}

} // namespace

class TestHelperRouteBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addRunsOneHelperPerInterfaceBatch()
    {
        FakeBin bin;
        bin.install(QStringLiteral("pkexec"), QStringLiteral("echo \"added route(s) on $4\""));
        ProcessRunner runner;
        HelperRouteBackend b(&runner, options());
        QString error;
        QVERIFY2(b.add({{*Ipv4Prefix::parse(u"203.0.113.10/32"), "eth0",
                         Ipv4Address::parse(u"192.168.1.1")},
                        {*Ipv4Prefix::parse(u"10.10.0.0/16"), "ppp0", std::nullopt},
                        {*Ipv4Prefix::parse(u"10.20.0.0/16"), "ppp0", std::nullopt}},
                       &error),
                 qPrintable(error));
        const QList<QStringList> calls = bin.calls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0], (QStringList{"pkexec", kHelper, "add", "--interface", "eth0", "--via",
                                        "192.168.1.1"}));
        QCOMPARE(bin.stdinOf(1), QByteArray("203.0.113.10/32\n"));
        QCOMPARE(calls[1], (QStringList{"pkexec", kHelper, "add", "--interface", "ppp0"}));
        QCOMPARE(bin.stdinOf(2), QByteArray("10.10.0.0/16\n10.20.0.0/16\n"));
    }

    // Full tunnel: the halves go through add-full-tunnel (no stdin), the other
    // routes of the interface through add.
    void fullTunnelHalvesUseTheirOwnVerb()
    {
        FakeBin bin;
        bin.install(QStringLiteral("pkexec"), QStringLiteral("exit 0"));
        ProcessRunner runner;
        HelperRouteBackend b(&runner, options());
        QString error;
        QVERIFY2(b.add({{*Ipv4Prefix::parse(u"0.0.0.0/1"), "ppp0", std::nullopt},
                        {*Ipv4Prefix::parse(u"128.0.0.0/1"), "ppp0", std::nullopt},
                        {*Ipv4Prefix::parse(u"10.20.0.0/16"), "ppp0", std::nullopt}},
                       &error),
                 qPrintable(error));
        const QList<QStringList> calls = bin.calls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0], (QStringList{"pkexec", kHelper, "add-full-tunnel", "--interface", "ppp0"}));
        QCOMPARE(bin.stdinOf(1), QByteArray());
        QCOMPARE(calls[1], (QStringList{"pkexec", kHelper, "add", "--interface", "ppp0"}));
        QCOMPARE(bin.stdinOf(2), QByteArray("10.20.0.0/16\n"));
    }

    void failedBatchUndoesTheEarlierOnes()
    {
        FakeBin bin;
        bin.install(QStringLiteral("pkexec"), QStringLiteral(R"SH(
if [ "$2" = add ] && [ "$4" = ppp0 ]; then
  echo "error: 10.20.0.0/16 on ppp0: File exists (a route to this destination already exists)" >&2
  echo "rolled back 1 route(s) added before it" >&2
  exit 3
fi
)SH"));
        ProcessRunner runner;
        HelperRouteBackend b(&runner, options());
        QString error;
        QVERIFY(!b.add({{*Ipv4Prefix::parse(u"203.0.113.10/32"), "eth0",
                         Ipv4Address::parse(u"192.168.1.1")},
                        {*Ipv4Prefix::parse(u"10.20.0.0/16"), "ppp0", std::nullopt}},
                       &error));
        QVERIFY2(error.startsWith(QLatin1String("routestudio-helper add on ppp0 failed (exit 3): "
                                                "error: 10.20.0.0/16 on ppp0: File exists")),
                 qPrintable(error));
        const QList<QStringList> calls = bin.calls();
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls[2], (QStringList{"pkexec", kHelper, "remove", "--interface", "eth0",
                                        "--via", "192.168.1.1"}));
        QCOMPARE(bin.stdinOf(3), QByteArray("203.0.113.10/32\n"));
    }

    // A dismissed polkit prompt (pkexec exit 126) is an error, not a hang.
    void dismissedAuthenticationIsReported()
    {
        FakeBin bin;
        bin.install(QStringLiteral("pkexec"),
                    QStringLiteral("echo 'Error executing command as another user: Request "
                                   "dismissed' >&2; exit 126"));
        ProcessRunner runner;
        HelperRouteBackend b(&runner, options());
        QString error;
        QVERIFY(!b.add({{*Ipv4Prefix::parse(u"10.20.0.0/16"), "ppp0", std::nullopt}}, &error));
        QVERIFY2(error.contains(QLatin1String("Request dismissed")), qPrintable(error));
    }

    void listParsesIpJson()
    {
        FakeBin bin;
        bin.install(QStringLiteral("ip"), QStringLiteral("cat <<'JSON'\n") + kRoutes +
                                              QStringLiteral("\nJSON"));
        ProcessRunner runner;
        PlatformOptions o = options();
        o.netns = QStringLiteral("rs-ns");
        HelperRouteBackend b(&runner, o);
        QString error;
        const auto routes = b.list(QString(), &error);
        QVERIFY2(routes, qPrintable(error));
        QCOMPARE(bin.calls().value(0), (QStringList{"ip", "-n", "rs-ns", "-j", "-4", "route",
                                                    "show", "table", "main"}));
        QCOMPARE(routes->size(), 4);
        QCOMPARE(routes->at(0).destination.length(), 0);
        QCOMPARE(routes->at(0).gateway, Ipv4Address::parse(u"192.168.1.1"));
        QCOMPARE(routes->at(1).destination.toString(), QStringLiteral("10.8.0.1/32"));
        QVERIFY(routes->at(2).ours);
        QVERIFY(!routes->at(3).ours);
        QVERIFY(routes->at(3).connected);
        QCOMPARE(routes->at(3).interface, QStringLiteral("eth0"));
    }

    void lookupParsesRouteGet()
    {
        FakeBin bin;
        bin.install(QStringLiteral("ip"),
                    QStringLiteral("echo '[{\"dst\":\"203.0.113.10\",\"gateway\":\"192.168.1.1\","
                                   "\"dev\":\"eth0\",\"prefsrc\":\"192.168.1.23\",\"flags\":[],"
                                   "\"uid\":0,\"cache\":[]}]'"));
        ProcessRunner runner;
        HelperRouteBackend b(&runner, options());
        QString error;
        const auto l = b.lookup(*Ipv4Address::parse(u"203.0.113.10"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->interface, QStringLiteral("eth0"));
        QCOMPARE(l->gateway, Ipv4Address::parse(u"192.168.1.1"));
        QCOMPARE(bin.calls().value(0),
                 (QStringList{"ip", "-j", "-4", "route", "get", "203.0.113.10"}));
    }

    void garbageOutputIsAnError()
    {
        FakeBin bin;
        bin.install(QStringLiteral("ip"), QStringLiteral("echo 'not json'"));
        ProcessRunner runner;
        HelperRouteBackend b(&runner, options());
        QString error;
        QVERIFY(!b.list(QString(), &error));
        QVERIFY2(error.startsWith(QLatin1String("unreadable output of ip -j")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHelperRouteBackend)
#include "tst_helperroutebackend.moc"
