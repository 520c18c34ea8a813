#include "../clients/sitefiles.h"

#include "core/generators/mikrotik/mikrotikgenerator.h"
#include "core/generators/mikrotik/routerossyntax.h"
#include "core/generators/sitegeneration.h"
#include "core/mtu/mtucalculator.h"

#include <QRegularExpression>
#include <QTest>

class TestMikrotikGenerator : public QObject
{
    Q_OBJECT

private:
    static QList<GeneratedFile> run(const QString &fixture, Topology *t)
    {
        return SiteFiles::run(MikrotikGenerator(), fixture, Platform::Mikrotik, t);
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("seed") << QStringLiteral("seed");
        QTest::newRow("vendors") << QStringLiteral("vendors");
    }
    void golden()
    {
        QFETCH(QString, fixture);
        const QString diff = SiteFiles::golden(MikrotikGenerator(), QStringLiteral("mikrotik"), fixture, Platform::Mikrotik);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "abc-1.2" << "\"abc-1.2\"";
        QTest::newRow("quote") << "a\"b" << "\"a\\\"b\"";
        QTest::newRow("backslash") << "a\\b" << "\"a\\\\b\"";
        QTest::newRow("variable") << "$(x)" << "\"\\$(x)\"";
        QTest::newRow("help") << "a?" << "\"a\\?\"";
        QTest::newRow("newline") << "a\nb" << "\"a\\nb\"";
        QTest::newRow("control") << QString("a") + QChar(1) << "\"a\\01\"";
        QTest::newRow("psk charset") << "A-z_0.:+=@%^~!/" << "\"A-z_0.:+=@%^~!/\"";
    }
    void quoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(RouterOsSyntax::quote(value), quoted);
    }

    void hubRunsTheL2tpServerWithIpsecRequired()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), &t);
        const QString hub = SiteFiles::fileText(files, QStringLiteral("mt-hub/mikrotik/mt-hub.rsc"));
        QVERIFY(hub.contains(QLatin1String(
            "/interface l2tp-server server set enabled=yes use-ipsec=required "
            "ipsec-secret=\"test-only-MtL2tp-T1yB5dK0\" authentication=mschap2 "
            "default-profile=rs-l2tp max-mtu=1400 max-mru=1400\n")));
        QVERIFY(hub.contains(QLatin1String("change-tcp-mss=yes")));
        QVERIFY(hub.contains(QLatin1String("/ip pool add name=rs-l2tp-pool ranges=10.9.0.2-10.9.0.254\n")));
        QVERIFY(hub.contains(QLatin1String("/ppp secret add name=\"carol\" password=\"test-only-carol/pass\" "
                                           "service=l2tp profile=rs-l2tp comment=\"routestudio\"\n")));
        // The gateway dialling in gets its LAN routed to its PPP session.
        QVERIFY(hub.contains(QLatin1String("/ppp secret add name=\"mt-branch-dial\" "
                                           "password=\"test-only-Mt2Dial!key_3\" service=l2tp "
                                           "profile=rs-l2tp routes=\"10.32.0.0/16\"")));
    }

    void l2tpGatewayRoutesIntoItsClientInterface()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), &t);
        const QString gw =
            SiteFiles::fileText(files, QStringLiteral("branch-dial/mikrotik/branch-dial.rsc"));
        QVERIFY(gw.contains(QLatin1String("/interface l2tp-client add name=rs-mt-branch-dial "
                                          "connect-to=203.0.113.20 user=\"mt-branch-dial\"")));
        QVERIFY(gw.contains(QLatin1String("ipsec-secret=\"test-only-MtL2tp-T1yB5dK0\"")));
        // mt-hub's 10.30.0.0/16 and branch-ios's 10.31.0.0/16 are one route (HubDestinations).
        for (const char *dst : {"10.30.0.0/15", "10.9.0.0/24"}) {
            QVERIFY2(gw.contains(QStringLiteral("/ip route add dst-address=%1 gateway=rs-mt-branch-dial "
                                                "comment=\"routestudio\"\n")
                                     .arg(QLatin1String(dst))),
                     dst);
        }
        QVERIFY(gw.contains(QStringLiteral("new-mss=%1").arg(MtuCalculator::pppMss(t))));
    }

    // A MikroTik gateway dialling a Linux hub: the hub's swanctl `l2tp-<link>`
    // connection authenticates with the secret whose ids name the gateway, and
    // the gateway's l2tp-client must send that PSK (not the hub's shared
    // remote-access PSK). Both sides as SiteGeneration (generate, export) writes them.
    void l2tpGatewaySendsThePskALinuxHubExpects()
    {
        Topology t;
        Secrets secrets;
        QString error;
        QVERIFY2(GoldenFiles::load(QStringLiteral("three-gateways"), &t, &secrets, &error),
                 qPrintable(error));
        Site *gateway = nullptr;
        for (Site &s : t.sites) {
            if (s.id == QLatin1String("site-c"))
                gateway = &s;
        }
        QVERIFY(gateway);
        gateway->platform = Platform::Mikrotik;
        const Link *link = t.link(QStringLiteral("hq-site-c"));
        QVERIFY(link && link->transport == Transport::L2tp);
        QCOMPARE(t.site(QStringLiteral("hq"))->platform, Platform::LinuxStrongswan);

        const SiteGeneration gen = SiteGeneration::run(t, secrets);
        QVERIFY(gen.ok);
        const QString swanctl = SiteFiles::fileText(gen.filesBySite.value(QStringLiteral("hq")),
                                                    QStringLiteral("etc/swanctl/conf.d/routestudio.conf"));
        QVERIFY(swanctl.contains(QStringLiteral("l2tp-hq-site-c {\n        version = 1\n        remote_addrs = %1\n")
                                     .arg(gateway->publicAddress)));
        // The secrets block whose ids include the gateway's address.
        const QRegularExpression block(
            QStringLiteral("ike-[^ ]+ \\{\n(?:\\s*id-\\d+ = \\S+\n)*\\s*id-\\d+ = %1\n"
                           "(?:\\s*id-\\d+ = \\S+\n)*\\s*secret = 0s(\\S+)\n")
                .arg(QRegularExpression::escape(gateway->publicAddress)));
        const QRegularExpressionMatch m = block.match(swanctl);
        QVERIFY2(m.hasMatch(), qPrintable(swanctl));
        const QString hubPsk = QString::fromUtf8(QByteArray::fromBase64(m.captured(1).toLatin1()));
        QVERIFY(!hubPsk.isEmpty());

        const QString rsc = SiteFiles::fileText(gen.filesBySite.value(QStringLiteral("site-c")),
                                                QStringLiteral("mikrotik/site-c.rsc"));
        const QRegularExpression client(QStringLiteral(
            "^/interface l2tp-client add name=rs-hq-site-c .* ipsec-secret=(\"[^\"]*\") "),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch c = client.match(rsc);
        QVERIFY2(c.hasMatch(), qPrintable(rsc));
        QCOMPARE(c.captured(1), RouterOsSyntax::quote(hubPsk));
        // PPP: the gateway logs in as the user the hub's chap-secrets lists for the link.
        const QString chap = SiteFiles::fileText(gen.filesBySite.value(QStringLiteral("hq")),
                                                 QStringLiteral("etc/ppp/chap-secrets"));
        const QRegularExpression user(QStringLiteral("^/interface l2tp-client add name=rs-hq-site-c .* user=\"([^\"]*)\" "),
                                      QRegularExpression::MultilineOption);
        const QRegularExpressionMatch u = user.match(rsc);
        QVERIFY2(u.hasMatch(), qPrintable(rsc));
        QVERIFY2(chap.contains(QStringLiteral("\n\"%1\" \"hq\" ").arg(u.captured(1))), qPrintable(chap));
    }

    // The mirror: a Linux gateway dialling a MikroTik hub. The hub's L2TP server
    // has one ipsec-secret, so the gateway's swanctl.conf must send that PSK (not
    // the link's secret), and it logs in as the hub's /ppp secret for the link.
    void linuxGatewaySendsThePskAMikrotikHubExpects()
    {
        Topology t;
        Secrets secrets;
        QString error;
        QVERIFY2(GoldenFiles::load(QStringLiteral("three-gateways"), &t, &secrets, &error),
                 qPrintable(error));
        for (Site &s : t.sites) {
            if (s.id == QLatin1String("hq"))
                s.platform = Platform::Mikrotik;
        }
        const SiteGeneration gen = SiteGeneration::run(t, secrets);
        QVERIFY(gen.ok);
        const QString rsc = SiteFiles::fileText(gen.filesBySite.value(QStringLiteral("hq")),
                                                QStringLiteral("mikrotik/hq.rsc"));
        const QRegularExpression server(QStringLiteral("^/interface l2tp-server server set .*ipsec-secret=(\"[^\"]*\") "),
                                        QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = server.match(rsc);
        QVERIFY2(m.hasMatch(), qPrintable(rsc));

        const QString swanctl = SiteFiles::fileText(gen.filesBySite.value(QStringLiteral("site-c")),
                                                    QStringLiteral("etc/swanctl/conf.d/routestudio.conf"));
        const QRegularExpression secret(QStringLiteral("secret = 0s(\\S+)\n"));
        QStringList sent;
        for (auto it = secret.globalMatch(swanctl); it.hasNext();)
            sent << RouterOsSyntax::quote(QString::fromUtf8(QByteArray::fromBase64(it.next().captured(1).toLatin1())));
        QCOMPARE(sent, QStringList{m.captured(1)});

        const QString options = SiteFiles::fileText(gen.filesBySite.value(QStringLiteral("site-c")),
                                                    QStringLiteral("etc/ppp/options.l2tp-client.hq-site-c"));
        const QRegularExpression name(QStringLiteral("^name (\\S+)$"), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch n = name.match(options);
        QVERIFY2(n.hasMatch(), qPrintable(options));
        QVERIFY2(rsc.contains(QStringLiteral("/ppp secret add name=\"%1\" ").arg(n.captured(1))), qPrintable(rsc));
    }

    void ipsecLinkBecomesPoliciesBetweenRoutedPrefixes()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("seed"), &t);
        const QString a = SiteFiles::fileText(files, QStringLiteral("site-a/mikrotik/site-a.rsc"));
        QVERIFY(a.contains(QLatin1String("/ip ipsec peer add name=rs-hq-site-a address=203.0.113.10/32 "
                                         "exchange-mode=ike2 profile=rs-ike")));
        QVERIFY(a.contains(QLatin1String("/ip ipsec policy add peer=rs-hq-site-a src-address=10.20.0.0/16 "
                                         "dst-address=10.10.0.0/16 tunnel=yes action=encrypt")));
        QVERIFY(a.contains(QLatin1String("src-address=10.20.0.0/16 dst-address=10.8.0.0/24")));
        const QString hq = SiteFiles::fileText(files, QStringLiteral("hq/mikrotik/hq.rsc"));
        QVERIFY(hq.contains(QLatin1String("src-address=10.10.0.0/16 dst-address=10.20.0.0/16")));
        QVERIFY(hq.contains(QLatin1String("src-address=10.8.0.0/24 dst-address=10.20.0.0/16")));
    }

    // Only a hub runs our L2TP server; every other box's L2TP server settings
    // are changed only where they still name our own profile (a re-run after
    // the box stopped being a hub).
    void onlyTheHubChangesTheL2tpServer()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), &t);
        for (const GeneratedFile &f : files) {
            const QString site = f.path.section(u'/', 0, 0);
            const bool hub = t.site(site)->isHub() && t.site(site)->remoteAccess;
            for (const QString &line : QString::fromUtf8(f.content).split(QLatin1Char('\n'))) {
                if (!line.contains(QLatin1String("l2tp-server server set")) || line.startsWith(u'#'))
                    continue;
                const bool guarded = line.startsWith(QLatin1String(
                    ":if ([/interface l2tp-server server get default-profile] = \"rs-l2tp\") do={ "));
                QVERIFY2(guarded || (hub && line.contains(QLatin1String("default-profile=rs-l2tp"))),
                         qPrintable(f.path + QStringLiteral(": ") + line));
            }
        }
    }

    void rerunRemovesEverythingItAdds_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("vendors") << QStringLiteral("vendors");
        QTest::newRow("failover-vendors") << QStringLiteral("failover-vendors");
    }
    // Every object an `add` makes is removed by the clean-up at the top of the
    // script: by its rs- name or by the routestudio comment, in its own menu.
    void rerunRemovesEverythingItAdds()
    {
        QFETCH(QString, fixture);
        Topology t;
        const QList<GeneratedFile> files = run(fixture, &t);
        static const QRegularExpression addLine(
            QRegularExpression::anchoredPattern(QStringLiteral("(?::do \\{ )?(/[a-z0-9 -]+?) add (.*)")));
        static const QRegularExpression rsName(QStringLiteral("(?:^| )name=(rs-[a-z0-9-]+)"));
        int adds = 0;
        for (const GeneratedFile &f : files) {
            const QString text = QString::fromUtf8(f.content);
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                const QRegularExpressionMatch m = addLine.match(line);
                if (!m.hasMatch())
                    continue;
                ++adds;
                const QString menu = m.captured(1);
                const QRegularExpressionMatch named = rsName.match(m.captured(2));
                const bool byName = named.hasMatch()
                    && text.contains(QStringLiteral("%1 remove [find name=\"%2\"]").arg(menu, named.captured(1)));
                const bool byTag = m.captured(2).contains(QLatin1String("comment=\"routestudio\""))
                    && text.contains(QStringLiteral("%1 remove [find comment=\"routestudio\"]").arg(menu));
                QVERIFY2(byName || byTag, qPrintable(f.path + QStringLiteral(": ") + line));
            }
        }
        QVERIFY(adds > 10);
    }

    void golden_failover()
    {
        const QString diff = SiteFiles::golden(MikrotikGenerator(), QStringLiteral("mikrotik"),
                                               QStringLiteral("failover-vendors"), Platform::Mikrotik);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // The backup's LAN policies wait disabled; the probe policies of both
    // paths are always active; each probed tunnel has its transit address on
    // rs-loopback and a netwatch entry from it to the peer's end.
    void failoverStandbyPoliciesWaitDisabled()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("failover-vendors"), &t);
        const QString rsc = SiteFiles::fileText(files, QStringLiteral("mt-branch/mikrotik/mt-branch.rsc"));
        const QStringList lines = rsc.split(QLatin1Char('\n'));
        int primary = 0, standby = 0, probes = 0;
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1String("/ip ipsec policy add ")))
                continue;
            const bool disabled = line.contains(QLatin1String(" disabled=yes"));
            if (line.contains(QLatin1String("src-address=169.254."))) {
                ++probes;
                QVERIFY2(!disabled, qPrintable(line));
            } else if (line.contains(QLatin1String("peer=rs-hq-mt-backup "))) {
                ++standby;
                QVERIFY2(disabled, qPrintable(line));
            } else {
                ++primary;
                QVERIFY2(!disabled, qPrintable(line));
            }
        }
        QCOMPARE(probes, 2);
        QCOMPARE(primary, 2); // 10.10.0.0/24 (the hub) and 10.40.0.0/24 (pf-branch through it)
        QCOMPARE(standby, 2);
        // Link hq-mt is the topology's first link (169.254.0.0/30, from = hq = .1),
        // hq-mt-backup the second (169.254.0.4/30).
        QVERIFY(rsc.contains(QLatin1String("/ip address add address=169.254.0.2/32 interface=rs-loopback")));
        QVERIFY(rsc.contains(QLatin1String("/ip address add address=169.254.0.6/32 interface=rs-loopback")));
        QVERIFY(rsc.contains(QLatin1String("/tool netwatch add host=169.254.0.1 src-address=169.254.0.2 type=icmp")));
        QVERIFY(rsc.contains(QLatin1String("/tool netwatch add host=169.254.0.5 src-address=169.254.0.6 type=icmp")));
        // The backup path leaves from the second uplink and fails fast.
        QVERIFY(rsc.contains(QLatin1String("/ip ipsec peer add name=rs-hq-mt-backup address=203.0.113.10/32 "
                                           "local-address=198.51.100.21 exchange-mode=ike2 profile=rs-ike-fo")));
        QVERIFY(rsc.contains(QLatin1String("dpd-interval=10s dpd-maximum-failures=3")));
    }

    // rs-failover asks the primary's probe first and falls back to the primary
    // when neither answers; per destination it enables exactly the chosen
    // path's policies and disables the other's.
    void failoverScriptChoosesTheBestAnsweringPath()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("failover-vendors"), &t);
        const QString rsc = SiteFiles::fileText(files, QStringLiteral("mt-branch/mikrotik/mt-branch.rsc"));
        const QString choose = QStringLiteral(
            ":if (\\$up1) do={ :set use \\\"rs-hq-mt\\\" } else={ :if (\\$up2) do={ :set use "
            "\\\"rs-hq-mt-backup\\\" } else={ :set use \\\"rs-hq-mt\\\" } }");
        QCOMPARE(rsc.count(choose), 2); // one per destination
        QVERIFY(rsc.contains(QLatin1String(":local up1 ([/tool netwatch get [find host=\\\"169.254.0.1\\\"] status] = \\\"up\\\")")));
        for (const char *dst : {"10.10.0.0/24", "10.40.0.0/24"}) {
            for (const char *peer : {"rs-hq-mt", "rs-hq-mt-backup"}) {
                const QString find = QStringLiteral("[find comment=\\\"routestudio\\\" peer=\\\"%1\\\" dst-address=\\\"%2\\\"]")
                                         .arg(QLatin1String(peer), QLatin1String(dst));
                QVERIFY2(rsc.contains(QStringLiteral(":if (\\$use = \\\"%1\\\") do={ /ip ipsec policy enable %2 } "
                                                     "else={ /ip ipsec policy disable %2 }").arg(QLatin1String(peer), find)),
                         qPrintable(find));
            }
        }
    }

    // Without a backup anywhere nothing of the failover is written.
    void noBackupNoFailover()
    {
        Topology t;
        const QList<GeneratedFile> files = run(QStringLiteral("vendors"), &t);
        for (const GeneratedFile &f : files) {
            const QString text = QString::fromUtf8(f.content);
            QVERIFY(!text.contains(QLatin1String("netwatch add")));
            QVERIFY(!text.contains(QLatin1String("rs-loopback ")));
            QVERIFY(!text.contains(QLatin1String("disabled=yes")));
        }
    }
};

QTEST_GUILESS_MAIN(TestMikrotikGenerator)
#include "tst_mikrotikgenerator.moc"
