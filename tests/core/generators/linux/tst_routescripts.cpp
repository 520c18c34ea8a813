#include "linuxcases.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

// Runs the generated route scripts with stand-ins for `ip` and `logger` first on
// PATH (no root, no network change): which commands they run, on which
// interface, and what they exit with. The real `ip` in namespaces is the
// integration tests' job.
class TestRouteScripts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray script(const QString &caseName, const QString &path)
    {
        for (const LinuxCases::Case &c : LinuxCases::all()) {
            if (c.name == caseName)
                return LinuxCases::generate(c).value(path).content;
        }
        return {};
    }

    bool writeExecutable(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size()
               && f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                   | QFileDevice::ExeOwner);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Stand-in ip: logs its arguments; `route show` prints $SHOW; $FAIL_IP fails changes;
        // $NOLINK: `link show` finds no interface.
        QVERIFY(writeExecutable(QStringLiteral("ip"),
                                "#!/bin/sh\n"
                                "echo \"ip $*\" >>\"$LOG\"\n"
                                "if [ \"$1 $2\" = 'link show' ] && [ -n \"${NOLINK:-}\" ]; then exit 1; fi\n"
                                "if [ \"$2\" = show ]; then printf '%s' \"${SHOW:-}\"; exit 0; fi\n"
                                "if [ \"$1 $2\" = 'xfrm state' ]; then printf '%b' \"${XFRM:-}\"; exit 0; fi\n"
                                "if [ -n \"${FAIL_IP:-}\" ]; then echo 'RTNETLINK answers: No such device' >&2; exit 2; fi\n"));
        QVERIFY(writeExecutable(QStringLiteral("logger"), "#!/bin/sh\necho \"logger $*\" >>\"$LOG\"\n"));
    }

    void run_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("expected"); // lines of the log, in order

        const QString tr = QStringLiteral("site-a/etc/routestudio/tunnel-routes.sh");
        QTest::newRow("up, all links") << "seed" << tr << QStringList{"up"} << QStringList{} << 0
            << QStringList{"ip link show dev xfrm0", "ip link set dev xfrm0 mtu 1420 up", "ip route replace 10.10.0.0/16 dev xfrm0 metric 0", "ip route replace 10.8.0.0/24 dev xfrm0 metric 0"};
        QTest::newRow("up, no interface yet: the XFRM interface is created") << "seed" << tr << QStringList{"up"}
            << QStringList{"NOLINK=1"} << 0
            << QStringList{"ip link show dev xfrm0", "ip link add xfrm0 type xfrm if_id 21075",
                           "ip link set dev xfrm0 mtu 1420 up", "ip route replace 10.10.0.0/16 dev xfrm0 metric 0",
                           "ip route replace 10.8.0.0/24 dev xfrm0 metric 0"};
        QTest::newRow("strongSwan up-client") << "seed" << tr << QStringList{}
            << QStringList{"PLUTO_VERB=up-client", "PLUTO_CONNECTION=hq-site-a"} << 0
            << QStringList{"ip link show dev xfrm0", "ip link set dev xfrm0 mtu 1420 up", "ip route replace 10.10.0.0/16 dev xfrm0 metric 0", "ip route replace 10.8.0.0/24 dev xfrm0 metric 0"};
        QTest::newRow("strongSwan down-client, routes present") << "seed" << tr << QStringList{}
            << QStringList{"PLUTO_VERB=down-client", "PLUTO_CONNECTION=hq-site-a", "SHOW=x dev xfrm0"} << 0
            << QStringList{"ip route show exact 10.10.0.0/16 dev xfrm0 metric 0", "ip route del 10.10.0.0/16 dev xfrm0 metric 0",
                           "ip route show exact 10.8.0.0/24 dev xfrm0 metric 0", "ip route del 10.8.0.0/24 dev xfrm0 metric 0"};
        QTest::newRow("down, routes already gone") << "seed" << tr << QStringList{"down", "hq-site-a"} << QStringList{} << 0
            << QStringList{"ip route show exact 10.10.0.0/16 dev xfrm0 metric 0", "ip route show exact 10.8.0.0/24 dev xfrm0 metric 0"};
        QTest::newRow("other strongSwan event") << "seed" << tr << QStringList{}
            << QStringList{"PLUTO_VERB=up-client-v6"} << 0 << QStringList{};
        QTest::newRow("unknown link") << "seed" << tr << QStringList{"up", "nope"} << QStringList{} << 2
            << QStringList{"ip link show dev xfrm0", "ip link set dev xfrm0 mtu 1420 up", "logger -t routestudio -- tunnel-routes: unknown link nope"};
        QTest::newRow("bad verb") << "seed" << tr << QStringList{"sideways"} << QStringList{} << 2 << QStringList{};
        QTest::newRow("no arguments") << "seed" << tr << QStringList{} << QStringList{} << 2 << QStringList{};
        QTest::newRow("ip fails: logged, exit 1") << "seed" << tr << QStringList{"up", "hq-site-a"}
            << QStringList{"FAIL_IP=1"} << 1
            << QStringList{"ip link show dev xfrm0", "ip link set dev xfrm0 mtu 1420 up",
                           "logger -t routestudio -- tunnel-routes: ip link set xfrm0 mtu 1420 up: RTNETLINK answers: No such device",
                           "ip route replace 10.10.0.0/16 dev xfrm0 metric 0",
                           "logger -t routestudio -- tunnel-routes: ip route replace 10.10.0.0/16 dev xfrm0 metric 0: RTNETLINK answers: No such device",
                           "ip route replace 10.8.0.0/24 dev xfrm0 metric 0",
                           "logger -t routestudio -- tunnel-routes: ip route replace 10.8.0.0/24 dev xfrm0 metric 0: RTNETLINK answers: No such device"};
        QTest::newRow("tunnelInterface") << "three-gateways" << "site-b/etc/routestudio/tunnel-routes.sh"
            << QStringList{"up"} << QStringList{} << 0
            << QStringList{"ip link show dev xfrm1", "ip link set dev xfrm1 mtu 1420 up", "ip route replace 10.10.0.0/16 dev xfrm1 metric 0", "ip route replace 10.20.0.0/16 dev xfrm1 metric 0",
                           "ip route replace 10.40.0.0/24 dev xfrm1 metric 0", "ip route replace 10.8.0.0/24 dev xfrm1 metric 0"};

        // IKEv1 link hq-site-b with two LANs at site-b: one child per subnet pair,
        // (10.30.0.0/16 | 10.31.0.0/24) x (10.10/16, 10.20/16, 10.40/24, 10.8/24), numbered
        // from → to (site-b's LAN first) on both ends: _6 is 10.31.0.0/24 <-> 10.20.0.0/16.
        QTest::newRow("IKEv1 child up: its own remote prefix") << "three-gateways" << "site-b/etc/routestudio/tunnel-routes.sh"
            << QStringList{} << QStringList{"PLUTO_VERB=up-client", "PLUTO_CONNECTION=hq-site-b_6"} << 0
            << QStringList{"ip link show dev xfrm1", "ip link set dev xfrm1 mtu 1420 up", "ip route replace 10.20.0.0/16 dev xfrm1 metric 0"};
        QTest::newRow("IKEv1 child on the hub") << "three-gateways" << "hq/etc/routestudio/tunnel-routes.sh"
            << QStringList{} << QStringList{"PLUTO_VERB=up-client", "PLUTO_CONNECTION=hq-site-b_6"} << 0
            << QStringList{"ip link show dev xfrm0", "ip link set dev xfrm0 mtu 1420 up", "ip route replace 10.31.0.0/24 dev xfrm0 metric 0"};
        QTest::newRow("IKEv1 child past the last") << "three-gateways" << "site-b/etc/routestudio/tunnel-routes.sh"
            << QStringList{"up", "hq-site-b_9"} << QStringList{} << 2
            << QStringList{"ip link show dev xfrm1", "ip link set dev xfrm1 mtu 1420 up", "logger -t routestudio -- tunnel-routes: unknown link hq-site-b_9"};

        // Failover: a primary and a backup link to one hub, one XFRM interface each.
        const QString fo = QStringLiteral("branch/etc/routestudio/tunnel-routes.sh");
        QTest::newRow("failover: up creates both interfaces, each path's route with its metric")
            << "failover" << fo << QStringList{"up"} << QStringList{"NOLINK=1"} << 0
            << QStringList{"ip link show dev xfrm0", "ip link add xfrm0 type xfrm if_id 21075",
                           "ip link set dev xfrm0 mtu 1420 up", "ip link show dev xfrm0-b",
                           "ip link add xfrm0-b type xfrm if_id 21076", "ip link set dev xfrm0-b mtu 1420 up",
                           "ip route replace 10.10.0.0/24 dev xfrm0 metric 0",
                           "ip route replace 10.10.0.0/24 dev xfrm0-b metric 100"};
        QTest::newRow("failover: the primary going down takes only its own route")
            << "failover" << fo << QStringList{}
            << QStringList{"PLUTO_VERB=down-client", "PLUTO_CONNECTION=hq-branch", "SHOW=x"} << 0
            << QStringList{"ip route show exact 10.10.0.0/24 dev xfrm0 metric 0",
                           "ip route del 10.10.0.0/24 dev xfrm0 metric 0"};
        const QStringList pluto{"PLUTO_VERB=down-client", "PLUTO_CONNECTION=hq-branch", "PLUTO_REQID=2",
                                "PLUTO_ME=198.51.100.20", "PLUTO_PEER=203.0.113.10", "SHOW=x"};
        QTest::newRow("failover: a duplicate CHILD_SA still installed keeps the routes")
            << "failover" << fo << QStringList{} << (pluto + QStringList{"XFRM=src a dst b\\nsrc a dst b\\n"}) << 0
            << QStringList{"ip xfrm state list src 198.51.100.20 dst 203.0.113.10 reqid 2",
                           "logger -t routestudio -- tunnel-routes: hq-branch: another CHILD_SA (reqid 2) is still installed; routes kept"};
        QTest::newRow("failover: the last CHILD_SA of the link going down takes its routes")
            << "failover" << fo << QStringList{} << (pluto + QStringList{"XFRM=src a dst b\\n"}) << 0
            << QStringList{"ip xfrm state list src 198.51.100.20 dst 203.0.113.10 reqid 2",
                           "ip route show exact 10.10.0.0/24 dev xfrm0 metric 0",
                           "ip route del 10.10.0.0/24 dev xfrm0 metric 0"};
        QTest::newRow("failover: the backup coming up on the hub")
            << "failover" << "hq/etc/routestudio/tunnel-routes.sh" << QStringList{}
            << QStringList{"PLUTO_VERB=up-client", "PLUTO_CONNECTION=hq-branch-backup"} << 0
            << QStringList{"ip link show dev xfrm0", "ip link set dev xfrm0 mtu 1420 up",
                           "ip link show dev xfrm0-b", "ip link set dev xfrm0-b mtu 1420 up",
                           "ip route replace 10.20.0.0/24 dev xfrm0-b metric 100"};

        // Probed failover (a MikroTik and a pfSense branch): the hub owns its end of
        // each such tunnel, on the link's interface, so the branch's probe is answered.
        const QString fv = QStringLiteral("hq/etc/routestudio/tunnel-routes.sh");
        QTest::newRow("probed failover: the backup coming up takes its transit address")
            << "failover-vendors" << fv << QStringList{}
            << QStringList{"PLUTO_VERB=up-client", "PLUTO_CONNECTION=hq-mt-backup"} << 0
            << QStringList{"ip link show dev xfrm0", "ip link set dev xfrm0 mtu 1420 up",
                           "ip link show dev xfrm0-b", "ip link set dev xfrm0-b mtu 1420 up",
                           "ip address replace 169.254.0.5/30 dev xfrm0-b",
                           "ip route replace 10.20.0.0/24 dev xfrm0-b metric 100"};
        QTest::newRow("probed failover: going down keeps the address, takes the routes")
            << "failover-vendors" << fv << QStringList{}
            << QStringList{"PLUTO_VERB=down-client", "PLUTO_CONNECTION=hq-pf", "SHOW=x"} << 0
            << QStringList{"ip route show exact 10.40.0.0/24 dev xfrm0 metric 0",
                           "ip route del 10.40.0.0/24 dev xfrm0 metric 0"};

        const QString hubUp = QStringLiteral("hq/etc/ppp/ip-up.d/routestudio");
        const QStringList pppArgs{"ppp3", "/dev/pts/4", "0", "10.8.0.1", "10.8.0.7", ""};
        QTest::newRow("hub ip-up, dial-in gateway") << "three-gateways" << hubUp << pppArgs
            << QStringList{"PEERNAME=hq-site-c"} << 0 << QStringList{"ip route replace 10.40.0.0/24 dev ppp3"};
        QTest::newRow("hub ip-up, remote-access user") << "three-gateways" << hubUp << pppArgs
            << QStringList{"PEERNAME=alice"} << 0 << QStringList{};
        QTest::newRow("hub ip-down, dial-in gateway") << "three-gateways" << "hq/etc/ppp/ip-down.d/routestudio" << pppArgs
            << QStringList{"PEERNAME=hq-site-c", "SHOW=x"} << 0
            << QStringList{"ip route show exact 10.40.0.0/24 dev ppp3", "ip route del 10.40.0.0/24 dev ppp3"};
        QTest::newRow("ip-up without interface") << "three-gateways" << hubUp << QStringList{}
            << QStringList{} << 2 << QStringList{"logger -t routestudio -- ip-up: no interface argument (pppd passes it as $1)"};
        QTest::newRow("gateway ip-up, dial-out link by ipparam") << "three-gateways" << "site-c/etc/ppp/ip-up.d/routestudio"
            << QStringList{"ppp0", "/dev/pts/1", "0", "10.8.0.9", "10.8.0.1", "hq-site-c"} << QStringList{} << 0
            << QStringList{"ip route replace 10.10.0.0/16 dev ppp0", "ip route replace 10.20.0.0/16 dev ppp0",
                           "ip route replace 10.30.0.0/16 dev ppp0", "ip route replace 10.31.0.0/24 dev ppp0",
                           "ip route replace 10.8.0.0/24 dev ppp0"};
        QTest::newRow("gateway ip-up, other ipparam") << "three-gateways" << "site-c/etc/ppp/ip-up.d/routestudio"
            << QStringList{"ppp0", "/dev/pts/1", "0", "10.8.0.9", "10.8.0.1", "something-else"} << QStringList{} << 0
            << QStringList{};
    }

    void run()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, path);
        QFETCH(QStringList, args);
        QFETCH(QStringList, env);
        QFETCH(int, exitCode);
        QFETCH(QStringList, expected);
        const QByteArray content = script(caseName, path);
        QVERIFY(!content.isEmpty());
        const QString log = m_dir.filePath(QStringLiteral("log"));
        QFile::remove(log);
        QVERIFY(writeExecutable(QStringLiteral("script"), content));

        QProcess p;
        QProcessEnvironment e;
        e.insert(QStringLiteral("PATH"), m_dir.path() + QStringLiteral(":/usr/bin:/bin"));
        e.insert(QStringLiteral("LOG"), log);
        for (const QString &kv : env)
            e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        p.setProcessEnvironment(e);
        p.start(m_dir.filePath(QStringLiteral("script")), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QFile f(log);
        QStringList actual;
        if (f.open(QIODevice::ReadOnly))
            actual = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(actual, expected);
        QCOMPARE(p.exitCode(), exitCode);
    }
};

QTEST_GUILESS_MAIN(TestRouteScripts)
#include "tst_routescripts.moc"
