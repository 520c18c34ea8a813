// The route helper FOR REAL, inside a network namespace this test creates
// (never the host's routes): a veth "eth0" with the client's LAN
// 192.168.1.0/24 and default gateway 192.168.1.1, and a TUN named ppp0 with
// the pool address 10.8.0.5 standing in for the PPP interface. The helper
// runs through `ip netns exec <ns>` where an installed RouteStudio uses
// pkexec. Needs root: fails under ROUTESTUDIO_CI=1 when it cannot run,
// skips loudly otherwise.
#include "../fakevpnbackend.h"
#include "platform/common/connectsession.h"
#include "platform/common/processrunner.h"
#include "platform/linux/helperroutebackend.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>
#include <unistd.h>

namespace {

const QString kHelper = QStringLiteral(ROUTESTUDIO_BINARY_DIR "/app/routestudio-helper");

Ipv4Prefix prefix(const char *s)
{
    return *Ipv4Prefix::parse(QString::fromLatin1(s));
}

} // namespace

class TestRouteHelper : public QObject
{
    Q_OBJECT

    QString m_ns = QStringLiteral("rs-helper-%1").arg(::getpid());
    bool m_ready = false;
    QString m_why;

    static int run(const QStringList &argv, QByteArray *out = nullptr,
                   const QByteArray &input = {})
    {
        QProcess p;
        p.start(argv.first(), argv.mid(1));
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(20000);
        if (out)
            *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    int ns(const QStringList &ipArgs, QByteArray *out = nullptr)
    {
        return run(QStringList{QStringLiteral("ip"), QStringLiteral("-n"), m_ns} + ipArgs, out);
    }
    QString routes()
    {
        QByteArray out;
        ns({QStringLiteral("-4"), QStringLiteral("route"), QStringLiteral("show")}, &out);
        return QString::fromUtf8(out);
    }
    bool requireNamespace()
    {
        if (m_ready)
            return true;
        const QString msg = QStringLiteral("real route tests need root and network namespaces: ") + m_why;
        if (qEnvironmentVariable("ROUTESTUDIO_CI") == QLatin1String("1"))
            qFatal("%s (ROUTESTUDIO_CI=1: this must run)", qPrintable(msg));
        qWarning("SKIPPING: %s", qPrintable(msg));
        return false;
    }
    PlatformOptions options() const
    {
        PlatformOptions o;
        o.elevation = {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"), m_ns};
        o.helperPath = kHelper;
        o.netns = m_ns;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kHelper), qPrintable(kHelper));
        if (::geteuid() != 0) {
            m_why = QStringLiteral("not root");
            return;
        }
        if (run({"ip", "netns", "add", m_ns}) != 0) {
            m_why = QStringLiteral("ip netns add failed");
            return;
        }
        QByteArray out;
        const QList<QStringList> setup{
            {"link", "add", "eth0", "type", "veth", "peer", "name", "lan0"},
            {"addr", "add", "192.168.1.23/24", "dev", "eth0"},
            {"link", "set", "eth0", "up"},
            {"link", "set", "lan0", "up"},
            {"route", "add", "default", "via", "192.168.1.1"},
            {"link", "set", "lo", "up"},
            {"link", "add", "br0", "type", "bridge"},
            {"link", "set", "br0", "up"},
        };
        for (const QStringList &cmd : setup) {
            if (ns(cmd, &out) != 0) {
                m_why = QStringLiteral("setup '%1' failed: %2")
                            .arg(cmd.join(QLatin1Char(' ')), QString::fromUtf8(out));
                return;
            }
        }
        m_ready = true;
    }
    void init()
    {
        if (!m_ready)
            return;
        ns({"link", "del", "ppp0"});
        ns({"link", "del", "ppp1"});
        QVERIFY(ns({"tuntap", "add", "ppp0", "mode", "tun"}) == 0);
        QVERIFY(ns({"addr", "add", "10.8.0.5", "peer", "10.8.0.1", "dev", "ppp0"}) == 0);
        QVERIFY(ns({"link", "set", "ppp0", "up"}) == 0);
    }
    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            run({"ip", "netns", "del", m_ns});
    }

    // Checked before anything changes; exit 2 and a message that names the problem.
    void argumentsAreCheckedStrictly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("no verb") << QStringList() << QByteArray() << "missing verb";
        QTest::newRow("unknown verb") << QStringList{"exec", "--interface", "ppp0"} << QByteArray()
                                      << "unknown verb 'exec'";
        QTest::newRow("no interface") << QStringList{"add"} << QByteArray("10.20.0.0/16\n")
                                      << "missing --interface";
        QTest::newRow("interface injection")
            << QStringList{"add", "--interface", "ppp0;reboot"} << QByteArray("10.20.0.0/16\n")
            << "invalid interface name 'ppp0;reboot'";
        QTest::newRow("interface too long")
            << QStringList{"add", "--interface", "abcdefghijklmnop"} << QByteArray("10.0.0.0/8\n")
            << "invalid interface name";
        QTest::newRow("bad gateway") << QStringList{"add", "--interface", "eth0", "--via", "1.2.3"}
                                     << QByteArray("10.0.0.0/8\n") << "invalid gateway address";
        QTest::newRow("extra argument")
            << QStringList{"add", "--interface", "ppp0", "--table", "local"}
            << QByteArray("10.0.0.0/8\n") << "unexpected argument '--table'";
        QTest::newRow("host bits") << QStringList{"add", "--interface", "ppp0"}
                                   << QByteArray("10.20.0.0/16\n10.1.2.3/16\n")
                                   << "line 2: '10.1.2.3/16' has host bits set (the network is "
                                      "10.1.0.0/16)";
        QTest::newRow("default route") << QStringList{"add", "--interface", "ppp0"}
                                       << QByteArray("0.0.0.0/0\n")
                                       << "line 1: refusing the default route";
        QTest::newRow("leading zero") << QStringList{"remove", "--interface", "ppp0"}
                                      << QByteArray("010.0.0.0/8\n") << "is not an IPv4 prefix";
        QTest::newRow("shell text") << QStringList{"add", "--interface", "ppp0"}
                                    << QByteArray("$(reboot)\n") << "line 1: '$(reboot)'";
        QTest::newRow("duplicate") << QStringList{"add", "--interface", "ppp0"}
                                   << QByteArray("10.0.0.0/8\n10.0.0.0/8\n")
                                   << "line 2: 10.0.0.0/8 is listed twice";
        QTest::newRow("no prefixes") << QStringList{"add", "--interface", "ppp0"} << QByteArray()
                                     << "no prefixes on stdin";
        QTest::newRow("inform with a gateway")
            << QStringList{"inform", "--interface", "ppp0", "--via", "10.8.0.1"} << QByteArray()
            << "unexpected argument '--via'";
    }
    void argumentsAreCheckedStrictly()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        QByteArray out;
        QCOMPARE(run(QStringList{kHelper} + args, &out, input), 2);
        QVERIFY2(out.contains(message.toUtf8()), out.constData());
    }

    // stdin is read up to the 4 MiB limit + 1 byte, never all of it (it was:
    // 986 MB resident from /dev/zero). 128 MiB of zeros offered (a sparse
    // file, so that neither this test nor the disk holds them); the helper
    // stays far below that. (ru_maxrss of children also counts the forked
    // copy of this test before exec, a few MiB.)
    void stdinIsReadOnlyUpToTheLimit()
    {
        QTemporaryDir dir;
        QFile zeros(dir.filePath(QStringLiteral("zeros")));
        QVERIFY(zeros.open(QIODevice::WriteOnly) && zeros.resize(128 * 1024 * 1024));
        zeros.close();
        QProcess p;
        p.setStandardInputFile(zeros.fileName());
        p.start(kHelper, {QStringLiteral("add"), QStringLiteral("--interface"), QStringLiteral("ppp0")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("more than 4 MiB on stdin"), err.constData());
        rusage usage{};
        QCOMPARE(::getrusage(RUSAGE_CHILDREN, &usage), 0);
        QVERIFY2(usage.ru_maxrss < 48 * 1024,
                 qPrintable(QStringLiteral("largest child: %1 KiB resident").arg(usage.ru_maxrss)));
    }

    // The helper's own policy, whatever the caller checked: exit 2, the
    // reason, and the routing table exactly as before.
    void helperRefusesWhatItMustNotDo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        const QStringList ppp0{"add", "--interface", "ppp0"};
        QTest::newRow("loopback device") << QStringList{"add", "--interface", "lo"}
                                         << QByteArray("10.20.0.0/16\n")
                                         << "refusing routes on lo: it is not a PPP, TUN or XFRM device (loopback)";
        QTest::newRow("bridge") << QStringList{"add", "--interface", "br0"} << QByteArray("10.20.0.0/16\n")
                                << "refusing routes on br0: it is not a PPP, TUN or XFRM device";
        QTest::newRow("physical uplink") << QStringList{"add", "--interface", "eth0"}
                                         << QByteArray("10.20.0.0/16\n")
                                         << "refusing routes on eth0: it is not a PPP, TUN or XFRM device";
        QTest::newRow("uplink, a network via the gateway")
            << QStringList{"add", "--interface", "eth0", "--via", "192.168.1.1"}
            << QByteArray("10.20.0.0/16\n") << "only /32 server host routes go there, not 10.20.0.0/16";
        QTest::newRow("uplink, not the default gateway")
            << QStringList{"add", "--interface", "eth0", "--via", "192.168.1.77"}
            << QByteArray("203.0.113.10/32\n") << "192.168.1.77 is not the default gateway on it";
        QTest::newRow("lower half of the default route")
            << ppp0 << QByteArray("10.20.0.0/16\n0.0.0.0/1\n")
            << "refusing 0.0.0.0/1 on ppp0: it is a default route or one of its halves";
        QTest::newRow("upper half of the default route")
            << ppp0 << QByteArray("128.0.0.0/1\n") << "refusing 128.0.0.0/1 on ppp0";
        QTest::newRow("covers the default gateway")
            << ppp0 << QByteArray("192.168.0.0/16\n")
            << "refusing 192.168.0.0/16 on ppp0: it covers the default gateway 192.168.1.1";
        QTest::newRow("covers the server's host route")
            << ppp0 << QByteArray("203.0.0.0/8\n")
            << "refusing 203.0.0.0/8 on ppp0: it covers the VPN server's host route 203.0.113.10/32";
        QTest::newRow("loopback prefix") << ppp0 << QByteArray("127.0.0.0/8\n")
                                         << "overlaps the loopback range 127.0.0.0/8";
        QTest::newRow("prefix containing loopback") << ppp0 << QByteArray("64.0.0.0/2\n")
                                                    << "overlaps the loopback range 127.0.0.0/8";
        QTest::newRow("multicast") << ppp0 << QByteArray("239.1.0.0/16\n")
                                   << "overlaps the multicast range 224.0.0.0/4";
        QTest::newRow("broadcast") << ppp0 << QByteArray("255.255.255.255/32\n")
                                   << "covers the broadcast address 255.255.255.255";
        // inform asks the hub through the tunnel, never on the LAN or the uplink.
        QTest::newRow("inform on the uplink") << QStringList{"inform", "--interface", "eth0"} << QByteArray()
                                              << "refusing to ask for routes on eth0: it is not a PPP, TUN or XFRM device";
        QTest::newRow("inform on loopback") << QStringList{"inform", "--interface", "lo"} << QByteArray()
                                            << "refusing to ask for routes on lo";
    }

    // inform on the tunnel: one DHCPINFORM out of ppp0 (the TUN stand-in, where
    // nobody answers), then exit 5 saying so; nothing in the table changes.
    // The answered case runs against the generated dnsmasq in
    // tests/integration/route-push.sh.
    void informWithoutAnAnswerSaysSo()
    {
        if (!requireNamespace())
            QSKIP("no network namespace");
        const QString before = routes();
        QByteArray out;
        QCOMPARE(run(QStringList{"ip", "netns", "exec", m_ns, kHelper, "inform", "--interface", "ppp0"}, &out), 5);
        QVERIFY2(out.contains("no DHCP answer on ppp0 after 2 tries of 2000 ms"), out.constData());
        QCOMPARE(routes(), before);
    }
    void helperRefusesWhatItMustNotDo()
    {
        if (!requireNamespace())
            QSKIP("no network namespace");
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        // The pinned server route, as ConnectSession adds it first; the helper allows it.
        const QStringList helper{"ip", "netns", "exec", m_ns, kHelper};
        QByteArray out;
        QCOMPARE(run(helper + QStringList{"add", "--interface", "eth0", "--via", "192.168.1.1"},
                     &out, "203.0.113.10/32\n"),
                 0);
        const QString before = routes();
        QCOMPARE(run(helper + args, &out, input), 2);
        QVERIFY2(out.contains(message.toUtf8()), out.constData());
        QCOMPARE(routes(), before);
        QCOMPARE(run(helper + QStringList{"remove", "--interface", "eth0", "--via", "192.168.1.1"},
                     &out, "203.0.113.10/32\n"),
                 0);
    }

    // The halves only through their own verb (own polkit action), only on a
    // tunnel device, and only behind the pinned server route; remove takes them away.
    void fullTunnelHasItsOwnVerb()
    {
        if (!requireNamespace())
            QSKIP("no network namespace");
        const QStringList helper{"ip", "netns", "exec", m_ns, kHelper};
        QByteArray out;
        QCOMPARE(run(helper + QStringList{"add-full-tunnel", "--interface", "ppp0"}, &out), 2);
        QVERIFY2(out.contains("the VPN server's host route (add --via the default gateway) must be "
                              "in place first"),
                 out.constData());
        QCOMPARE(run(helper + QStringList{"add", "--interface", "eth0", "--via", "192.168.1.1"},
                     &out, "203.0.113.10/32\n"),
                 0);
        QCOMPARE(run(helper + QStringList{"add-full-tunnel", "--interface", "eth0"}, &out), 2);
        QVERIFY2(out.contains("refusing the full tunnel on eth0"), out.constData());
        QCOMPARE(run(helper + QStringList{"add-full-tunnel", "--interface", "ppp0"}, &out), 0);
        QString now = routes();
        QVERIFY2(now.contains(QLatin1String("0.0.0.0/1 dev ppp0 proto 158")), qPrintable(now));
        QVERIFY2(now.contains(QLatin1String("128.0.0.0/1 dev ppp0 proto 158")), qPrintable(now));
        QCOMPARE(run(helper + QStringList{"remove", "--interface", "ppp0"}, &out,
                     "0.0.0.0/1\n128.0.0.0/1\n"),
                 0);
        QCOMPARE(run(helper + QStringList{"remove", "--interface", "eth0", "--via", "192.168.1.1"},
                     &out, "203.0.113.10/32\n"),
                 0);
        now = routes();
        QVERIFY2(!now.contains(QLatin1String("proto 158")), qPrintable(now));
    }

    // remove asks the kernel only for routes that list shows as RouteStudio's
    // on that interface; anything else is left alone and said so.
    void removeTouchesOnlyItsOwnRoutes()
    {
        if (!requireNamespace())
            QSKIP("no network namespace");
        QCOMPARE(ns({"route", "add", "10.22.0.0/16", "dev", "ppp0"}), 0);
        const QStringList helper{"ip", "netns", "exec", m_ns, kHelper};
        QByteArray out;
        QCOMPARE(run(helper + QStringList{"add", "--interface", "ppp0"}, &out, "10.20.0.0/16\n"), 0);
        QCOMPARE(run(helper + QStringList{"remove", "--interface", "ppp0"}, &out,
                     "10.20.0.0/16\n10.22.0.0/16\n"),
                 0);
        QVERIFY2(out.contains("removed 1 route(s) on ppp0, 1 not RouteStudio's"), out.constData());
        const QString now = routes();
        QVERIFY2(now.contains(QLatin1String("10.22.0.0/16 dev ppp0")), qPrintable(now));
        QVERIFY2(!now.contains(QLatin1String("10.20.0.0/16")), qPrintable(now));
    }

    void addVerifyRemove()
    {
        if (!requireNamespace())
            QSKIP("no network namespace");
        ProcessRunner runner;
        HelperRouteBackend b(&runner, options());
        QString error;
        const QList<RouteSpec> specs{{prefix("10.20.0.0/16"), "ppp0", std::nullopt},
                                     {prefix("10.30.0.0/24"), "ppp0", std::nullopt},
                                     {prefix("172.16.5.4/32"), "ppp0", std::nullopt}};
        QVERIFY2(b.add(specs, &error), qPrintable(error));
        const auto listed = b.helperList(QStringLiteral("ppp0"), &error);
        QVERIFY2(listed, qPrintable(error));
        QCOMPARE(*listed, (QList<Ipv4Prefix>{prefix("10.20.0.0/16"), prefix("10.30.0.0/24"),
                                             prefix("172.16.5.4/32")}));
        const auto all = b.list(QString(), &error);
        QVERIFY(all);
        QCOMPARE(std::count_if(all->cbegin(), all->cend(), [](const SystemRoute &r) { return r.ours; }),
                 3);
        const auto via = b.lookup(*Ipv4Address::parse(QStringLiteral("10.20.7.7")), &error);
        QVERIFY2(via, qPrintable(error));
        QCOMPARE(via->interface, QStringLiteral("ppp0"));
        QVERIFY(b.remove(specs, &error));
        QVERIFY2(!routes().contains(QLatin1String("proto 158")), qPrintable(routes()));
        QCOMPARE(b.lookup(*Ipv4Address::parse(QStringLiteral("10.20.7.7")), &error)->interface,
                 QStringLiteral("eth0"));
    }

    // The kernel refuses the third route (it exists already): the two before
    // it are removed again and the existing one is left alone.
    void failureInTheMiddleIsRolledBack()
    {
        if (!requireNamespace())
            QSKIP("no network namespace");
        QCOMPARE(ns({"route", "add", "10.22.0.0/16", "dev", "ppp0"}), 0);
        ProcessRunner runner;
        HelperRouteBackend b(&runner, options());
        QString error;
        const QList<RouteSpec> specs{{prefix("10.20.0.0/16"), "ppp0", std::nullopt},
                                     {prefix("10.21.0.0/16"), "ppp0", std::nullopt},
                                     {prefix("10.22.0.0/16"), "ppp0", std::nullopt},
                                     {prefix("10.23.0.0/16"), "ppp0", std::nullopt}};
        QVERIFY(!b.add(specs, &error));
        QVERIFY2(error.contains(QLatin1String("10.22.0.0/16 on ppp0: File exists")), qPrintable(error));
        const QString now = routes();
        QVERIFY2(!now.contains(QLatin1String("10.20.0.0/16")), qPrintable(now));
        QVERIFY2(!now.contains(QLatin1String("10.21.0.0/16")), qPrintable(now));
        QVERIFY2(!now.contains(QLatin1String("10.23.0.0/16")), qPrintable(now));
        QVERIFY2(now.contains(QLatin1String("10.22.0.0/16 dev ppp0")), qPrintable(now));
        // remove never deletes a route RouteStudio did not add.
        QVERIFY(b.remove({specs[2]}, &error));
        QVERIFY(routes().contains(QLatin1String("10.22.0.0/16 dev ppp0")));
    }

    // A later batch failing undoes the earlier batch (the pinned server route).
    void failedSecondBatchUndoesTheFirst()
    {
        if (!requireNamespace())
            QSKIP("no network namespace");
        QCOMPARE(ns({"route", "add", "10.22.0.0/16", "dev", "ppp0"}), 0);
        ProcessRunner runner;
        HelperRouteBackend b(&runner, options());
        QString error;
        const QList<RouteSpec> specs{
            {prefix("203.0.113.10/32"), "eth0", Ipv4Address::parse(QStringLiteral("192.168.1.1"))},
            {prefix("10.22.0.0/16"), "ppp0", std::nullopt}};
        QVERIFY(!b.add(specs, &error));
        QVERIFY2(!routes().contains(QLatin1String("203.0.113.10")), qPrintable(routes()));
    }

    // The whole session against the real helper: the client's own LAN is
    // refused with the reason, the server is pinned via the physical gateway,
    // the rest is installed and verified, a new tunnel re-applies the routes,
    // and disconnect leaves nothing behind.
    void sessionRefusesTheLanPinsTheServerAndCleansUp()
    {
        if (!requireNamespace())
            QSKIP("no network namespace");
        ProcessRunner runner;
        HelperRouteBackend b(&runner, options());
        FakeVpnBackend vpn;
        vpn.tunnelInfo = TunnelInfo{QStringLiteral("ppp0"), *Ipv4Address::parse(u"10.8.0.5"),
                                    *Ipv4Address::parse(u"10.8.0.1")};
        ConnectSession session(&vpn, &b, &runner);
        ClientProfile p;
        p.connectionName = QStringLiteral("RouteStudio hq staff");
        p.gateway = QStringLiteral("203.0.113.10");
        p.user = QStringLiteral("alice");
        p.routes = {prefix("10.10.0.0/16"), prefix("192.168.1.0/24"), prefix("192.168.0.0/16"),
                    prefix("10.20.0.0/16")};
        session.setProfile(p);
        QVERIFY2(session.connectVpn(), qPrintable(session.lastError()));
        const QList<RouteVerdict> v = session.verdicts();
        QCOMPARE(v.size(), 4);
        QCOMPARE(v[0].state, RouteVerdict::State::Verified);
        QCOMPARE(v[1].state, RouteVerdict::State::Refused);
        QVERIFY2(v[1].detail.contains(QLatin1String("overlaps your local network 192.168.1.0/24 on eth0")),
                 qPrintable(v[1].detail));
        QCOMPARE(v[2].state, RouteVerdict::State::Refused);
        QCOMPARE(v[3].state, RouteVerdict::State::Verified);
        QString now = routes();
        QVERIFY2(now.contains(QLatin1String("203.0.113.10 via 192.168.1.1 dev eth0 proto 158")),
                 qPrintable(now));
        QVERIFY2(now.contains(QLatin1String("10.10.0.0/16 dev ppp0 proto 158")), qPrintable(now));

        // Reconnect on a new interface with a new pool address.
        QCOMPARE(ns({"tuntap", "add", "ppp1", "mode", "tun"}), 0);
        QCOMPARE(ns({"addr", "add", "10.8.0.9", "peer", "10.8.0.1", "dev", "ppp1"}), 0);
        QCOMPARE(ns({"link", "set", "ppp1", "up"}), 0);
        QCOMPARE(ns({"link", "del", "ppp0"}), 0);
        vpn.tunnelInfo = TunnelInfo{QStringLiteral("ppp1"), *Ipv4Address::parse(u"10.8.0.9"),
                                    *Ipv4Address::parse(u"10.8.0.1")};
        session.poll();
        QCOMPARE(session.state(), ConnectSession::State::Connected);
        now = routes();
        QVERIFY2(now.contains(QLatin1String("10.10.0.0/16 dev ppp1 proto 158")), qPrintable(now));
        QCOMPARE(session.verdicts()[3].state, RouteVerdict::State::Verified);

        QVERIFY2(session.disconnectVpn(), qPrintable(session.lastError()));
        now = routes();
        QVERIFY2(!now.contains(QLatin1String("proto 158")), qPrintable(now));
        QVERIFY2(now.contains(QLatin1String("default via 192.168.1.1 dev eth0")), qPrintable(now));
        QCOMPARE(vpn.calls.last(), QStringLiteral("disconnect"));
    }
};

QTEST_GUILESS_MAIN(TestRouteHelper)
#include "tst_routehelper.moc"
