#include "core/import/boxsourceloader.h"
#include "core/import/importreport.h"
#include "core/import/importrun.h"
#include "core/import/iostype7.h"
#include "tests/core/import/importtesttree.h"

#include <QFile>
#include <QSet>
#include <QTest>

// The hand-written IOS fixture (tests/data/import/cisco): a hub with two
// crypto map entries, a VTI over IKEv2 and L2TP/IPsec remote access, and a
// strongSwan branch at one crypto map's peer. Its report is golden
// (tests/data/import/cisco.report.txt; ROUTESTUDIO_UPDATE_GOLDEN=1 rewrites it);
// the mapping, the contradiction and the lines not represented are asserted.
class TestIosImport : public QObject
{
    Q_OBJECT

    using Kind = ImportNote::Kind;

    static ImportRun fixture() { return ImportTestTree::importData({QStringLiteral("cisco/hq-ios"), QStringLiteral("cisco/branch-one")}); }
    static QStringList sorted(const QList<Ipv4Prefix> &list) { return ImportTestTree::sorted(list); }

private Q_SLOTS:
    void golden()
    {
        const QString text = ImportReport::text(fixture());
        ImportTestTree::golden(text, QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/cisco.report.txt"));
    }

    void mapsTheHub()
    {
        const ImportRun run = fixture();
        const BoxScan &box = run.boxes.constFirst();
        QCOMPARE(box.formats.value(QStringLiteral("running-config")), QStringLiteral("Cisco IOS configuration"));
        QCOMPARE(ImportTestTree::notes(box.log, Kind::Error), QStringList{});
        const Topology &t = run.topology;
        QCOMPARE(t.sites.size(), 4);
        const Site *hq = t.site(QStringLiteral("hq-ios"));
        QVERIFY(hq);
        QCOMPARE(hq->platform, Platform::CiscoIos);
        QCOMPARE(hq->role, SiteRole::Hub);
        QCOMPARE(hq->publicAddress, QStringLiteral("203.0.113.5"));
        QCOMPARE(sorted(hq->lans), QStringList{QStringLiteral("10.50.0.0/16")});
        QVERIFY(hq->remoteAccess);
        QCOMPARE(hq->remoteAccess->pool.toString(), QStringLiteral("10.59.0.0/24"));
        QCOMPARE(hq->remoteAccess->localAddress.toString(), QStringLiteral("10.59.0.1"));
        QCOMPARE(hq->remoteAccess->dns.size(), 1);
        QCOMPARE(hq->remoteAccess->dns.constFirst().toString(), QStringLiteral("10.50.0.53"));
        QCOMPARE(t.profiles.size(), 1);
        QCOMPARE(t.profiles.constFirst().users, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        QCOMPARE(run.secrets.psk.value(t.profiles.constFirst().secret), QStringLiteral("Remote-Access-Key-77"));
        QCOMPARE(run.secrets.users.value(QStringLiteral("bob")), QStringLiteral("Bob-Pass-2026-x"));
        QVERIFY(!run.secrets.users.contains(QStringLiteral("netadmin"))); // a hash, not a password
    }

    void twoCryptoMapEntriesAndAVti_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("peerAddress");
        QTest::addColumn<int>("ike");
        QTest::addColumn<QStringList>("peerLans");
        QTest::addColumn<QString>("psk");
        QTest::newRow("crypto map OUTSIDE 10") << QStringLiteral("outside-10") << QStringLiteral("198.51.100.11") << 1
                                               << QStringList{QStringLiteral("10.51.0.0/16")} << QStringLiteral("Branch-One-Key-2026");
        QTest::newRow("crypto map OUTSIDE 20") << QStringLiteral("outside-20") << QStringLiteral("198.51.100.12") << 1
                                               << QStringList{QStringLiteral("10.52.0.0/24"), QStringLiteral("10.52.10.0/24")}
                                               << QStringLiteral("Branch-Two-Key-2026");
        QTest::newRow("VTI Tunnel10") << QStringLiteral("dc-vti") << QStringLiteral("192.0.2.50") << 2
                                      << QStringList{QStringLiteral("10.60.0.0/16"), QStringLiteral("10.61.0.0/24")}
                                      << QStringLiteral("Datacenter-Key-2026");
    }

    void twoCryptoMapEntriesAndAVti()
    {
        QFETCH(QString, link);
        QFETCH(QString, peerAddress);
        QFETCH(int, ike);
        QFETCH(QStringList, peerLans);
        QFETCH(QString, psk);
        const ImportRun run = fixture();
        const Link *l = run.topology.link(link);
        QVERIFY2(l, qPrintable(link));
        QCOMPARE(l->from, QStringLiteral("hq-ios"));
        QCOMPARE(l->transport, Transport::Ipsec);
        QCOMPARE(l->ike, ike == 2 ? IkeVersion::Ikev2 : IkeVersion::Ikev1);
        const Site *peer = run.topology.site(l->to);
        QVERIFY(peer);
        QCOMPARE(peer->publicAddress, peerAddress);
        QCOMPARE(peer->role, SiteRole::Gateway);
        QCOMPARE(sorted(peer->lans), peerLans);
        QCOMPARE(run.secrets.psk.value(l->secret), psk);
    }

    void contradictionHasBothPlaces()
    {
        const ImportRun run = fixture();
        QStringList all;
        for (const BoxScan &b : run.boxes) {
            for (const ImportNote &n : b.log.ofKind(Kind::Contradiction))
                all << n.place.toString() + u' ' + n.other.toString() + u' ' + n.detail;
        }
        QCOMPARE(all, QStringList{QStringLiteral(
                          "running-config:144 branch-one/ipsec.conf:13 link outside-10: this end's local subnets differ from what the peer expects")});
    }

    void notRepresentedSayWhy()
    {
        const ImportRun run = fixture();
        const QStringList skipped = ImportTestTree::notes(run.boxes.constFirst().log, Kind::NotRepresented);
        for (const QString &want : {
                 QStringLiteral("running-config:7 version 15.7 | not a VPN setting RouteStudio models"),
                 QStringLiteral("running-config:9 no service password-encryption | a \"no\" form: RouteStudio does not model this setting"),
                 QStringLiteral("running-config:11 hostname hq-rtr | the site's id and name come from the box's folder or archive name"),
                 QStringLiteral("running-config:16 banner motd ^C | a banner: not a VPN setting"),
                 QStringLiteral("running-config:27 username netadmin secret 9 (not shown) | a one-way hash (secret): MS-CHAPv2 needs the password itself; set it in the editor's Secrets"),
                 QStringLiteral("running-config:42 encr aes 256 | an algorithm choice: RouteStudio writes its own proposals"),
                 QStringLiteral("running-config:51 crypto isakmp keepalive 30 5 | RouteStudio sets NAT keepalives, dead peer detection and identities itself"),
                 QStringLiteral("running-config:72 dpd 10 3 periodic | RouteStudio sets dead peer detection itself"),
                 QStringLiteral("running-config:91 set pfs group14 | an algorithm choice: RouteStudio writes its own proposals"),
                 QStringLiteral("running-config:95 set security-association lifetime seconds 28800 | RouteStudio sets lifetimes itself"),
                 QStringLiteral("running-config:145 20 deny ip any any | not a permit entry: RouteStudio's selectors only permit"),
                 QStringLiteral("running-config:149 access-list 130 permit tcp any any eq 22 | an access list no crypto map uses: RouteStudio does not model firewall rules"),
                 QStringLiteral("running-config:138 ip route 0.0.0.0 0.0.0.0 203.0.113.1 | a route not over an IPsec tunnel interface: RouteStudio derives routes itself"),
                 QStringLiteral("running-config:107 ip mtu 1400 | RouteStudio derives the tunnel MTU and MSS itself"),
                 QStringLiteral("running-config:128 shutdown | an interface RouteStudio does not model (tunnels, LAN and public addresses count)"),
             }) {
            QVERIFY2(skipped.contains(want), qPrintable(want + u"\nnot in\n" + skipped.join(u'\n')));
        }
    }

    void type7DecodesType6SaysWhy()
    {
        // The published example of the type 7 algorithm, and its refusals.
        QCOMPARE(IosType7::decode(QStringLiteral("0822455D0A16")), std::optional<QString>(QStringLiteral("cisco")));
        QCOMPARE(IosType7::decode(QStringLiteral("0822455d0a16")), std::optional<QString>(QStringLiteral("cisco")));
        for (const char *bad : {"0822455D0A1", "16", "9922455D0A16", "08ZZ455D0A16", "0841" /* a NUL out */})
            QVERIFY2(!IosType7::decode(QLatin1String(bad)), bad);
        const SourceTree tree = ImportTestTree::make(
            {{QStringLiteral("running-config"),
              "hostname r\n"
              "username carol password 7 0528071D2E4003391816045F595C567C663C\n"
              "username dave password 7 0822455D0A1\n"
              "crypto isakmp key 6 ZxYWbGTSXQ]N]SQCVHOdgJCfAAB address 198.51.100.9\n"}},
            QStringLiteral("r"));
        const ImportRun run = ImportRun::run({tree});
        const BoxFacts &f = run.boxes.constFirst().facts;
        QCOMPARE(f.chap.size(), 1);
        QCOMPARE(f.chap.at(0).client, QStringLiteral("carol"));
        QCOMPARE(f.chap.at(0).secret, QStringLiteral("Carol-Pass-2026-x"));
        QVERIFY(f.secretTexts.contains(QStringLiteral("Carol-Pass-2026-x"))); // masked in diffs
        const QStringList skipped = ImportTestTree::notes(run.boxes.constFirst().log, Kind::NotRepresented);
        QVERIFY2(skipped.contains(QStringLiteral("running-config:3 username dave password 7 (not shown) | a type 7 password that does "
                                                 "not decode (not two digits then pairs of hex digits): set it in the editor's Secrets")),
                 qPrintable(skipped.join(u'\n')));
        QVERIFY2(skipped.contains(QStringLiteral("running-config:4 crypto isakmp key 6 (not shown) address 198.51.100.9 | an AES-encrypted "
                                                 "key (type 6): encrypted with the router's master key (key config-key "
                                                 "password-encrypt), which a configuration never holds, so it cannot be decoded; "
                                                 "set the PSK in the editor's Secrets")),
                 qPrintable(skipped.join(u'\n')));
        for (const ImportNote &n : run.boxes.constFirst().log.notes())
            QVERIFY(!n.statement.contains(QLatin1String("Carol-Pass")) && !n.detail.contains(QLatin1String("Carol-Pass")));
    }

    void everyLineIsNotedOnceAndNoSecretShows()
    {
        const ImportRun run = fixture();
        const BoxScan &box = run.boxes.constFirst();
        QHash<int, int> perLine;
        for (const ImportNote &n : box.log.notes()) {
            if (n.place.file == u"running-config" && n.kind != Kind::Contradiction)
                ++perLine[n.place.line];
            for (const char *secret : {"Alice-Pass-2026", "Bob-Pass-2026-x", "Remote-Access-Key-77", "Branch-One-Key-2026",
                                       "Branch-Two-Key-2026", "Datacenter-Key-2026", "$9$nhEmQ"})
                QVERIFY2(!n.statement.contains(QLatin1String(secret)) && !n.detail.contains(QLatin1String(secret)), secret);
        }
        QFile f(QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/cisco/hq-ios/running-config"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        int bannerEnd = -1; // a banner's text lines are not commands
        for (int i = 0; i < lines.size(); ++i) {
            const QString l = lines.at(i).trimmed();
            const bool inBanner = i <= bannerEnd;
            for (int j = i + 1; !inBanner && l.startsWith(QLatin1String("banner")) && j < lines.size(); ++j) {
                if (lines.at(j).contains(QLatin1String("^C"))) {
                    bannerEnd = j;
                    break;
                }
            }
            const bool command = i > 3 && !inBanner && !l.isEmpty() && !l.startsWith(u'!'); // after the header
            QVERIFY2(perLine.value(i + 1) == (command ? 1 : 0),
                     qPrintable(QStringLiteral("line %1 (%2): %3 notes").arg(i + 1).arg(l).arg(perLine.value(i + 1))));
        }
    }
};

QTEST_GUILESS_MAIN(TestIosImport)
#include "tst_iosimport.moc"
