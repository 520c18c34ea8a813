#include "core/import/boxsourceloader.h"
#include "core/import/importrun.h"
#include "core/validation/validator.h"
#include "tests/core/import/importtesttree.h"

#include <QTest>

using Kind = ImportNote::Kind;

namespace {

QString fixture(const QString &box)
{
    return QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/two-box/") + box;
}

SourceTree load(const QString &box)
{
    QString error;
    auto t = BoxSourceLoader::load(fixture(box), &error);
    if (!t)
        qFatal("%s", qPrintable(error));
    return *t;
}

QStringList prefixes(const QList<Ipv4Prefix> &list)
{
    QStringList out;
    for (const Ipv4Prefix &p : list)
        out << p.toString();
    return out;
}

const BoxScan &box(const ImportRun &run, const QString &label)
{
    for (const BoxScan &b : run.boxes) {
        if (b.facts.label == label)
            return b;
    }
    qFatal("no box %s", qPrintable(label));
}

} // namespace

class TestImportMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoHandWrittenBoxes()
    {
        const ImportRun run = ImportRun::run({load(QStringLiteral("hq")), load(QStringLiteral("branch"))});
        const Topology &t = run.topology;
        QCOMPARE(t.sites.size(), 3);
        const Site *hq = t.site(QStringLiteral("hq"));
        QVERIFY(hq);
        QVERIFY(hq->isHub());
        QCOMPARE(hq->publicAddress, QStringLiteral("203.0.113.1"));
        QCOMPARE(prefixes(hq->lans), QStringList{QStringLiteral("10.1.0.0/16")});
        QVERIFY(hq->remoteAccess);
        QCOMPARE(hq->remoteAccess->pool.toString(), QStringLiteral("10.9.0.0/24"));
        QCOMPARE(hq->remoteAccess->localAddress.toString(), QStringLiteral("10.9.0.1"));
        QCOMPARE(hq->remoteAccess->dns.size(), 2);
        const Site *branch = t.site(QStringLiteral("branch"));
        QVERIFY(branch && !branch->isHub());
        QCOMPARE(branch->publicAddress, QStringLiteral("198.51.100.2"));
        QCOMPARE(prefixes(branch->lans), QStringList{QStringLiteral("10.2.0.0/24")});
        // The partner no imported box owns: a gateway built from what hq says.
        const Site *partner = t.site(QStringLiteral("peer-partner"));
        QVERIFY(partner && !partner->isHub());
        QCOMPARE(partner->publicAddress, QStringLiteral("192.0.2.77"));
        QCOMPARE(prefixes(partner->lans), QStringList{QStringLiteral("172.20.0.0/16")});

        QCOMPARE(t.links.size(), 2);
        const Link *l = t.link(QStringLiteral("branch"));
        QVERIFY(l);
        QCOMPARE(l->from, QStringLiteral("hq"));
        QCOMPARE(l->to, QStringLiteral("branch"));
        QCOMPARE(l->ike, IkeVersion::Ikev2);
        QCOMPARE(l->transport, Transport::Ipsec);
        QCOMPARE(run.secrets.psk.value(l->secret), QStringLiteral("test-only-HqBranch-Psk1"));
        const Link *p = t.link(QStringLiteral("partner"));
        QVERIFY(p);
        QCOMPARE(p->ike, IkeVersion::Ikev1);
        QCOMPARE(run.secrets.psk.value(p->secret), QStringLiteral("test-only-Partner-Psk2"));

        QCOMPARE(t.profiles.size(), 1);
        const Profile &ra = t.profiles.constFirst();
        QCOMPARE(ra.hub, QStringLiteral("hq"));
        QCOMPARE(ra.secret, QStringLiteral("ra"));
        QCOMPARE(run.secrets.psk.value(ra.secret), QStringLiteral("test-only-RoadWarrior-1"));
        QCOMPARE(ra.users, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        QCOMPARE(run.secrets.users.value(QStringLiteral("alice")), QStringLiteral("test-only-alice:pw"));
        QCOMPARE(run.secrets.users.value(QStringLiteral("bob")), QStringLiteral("test-only-bob=pw"));
        QCOMPARE(t.mtu, std::optional<int>(1410));
        QCOMPARE(t.layout.size(), 3);

        QVERIFY(!run.hasErrors());
        const QList<Finding> findings = Validator::validate(t, &run.secrets);
        QVERIFY2(!Validator::hasErrors(findings), qPrintable(findings.value(0).message));
    }

    void notRepresentedListsSayWhereAndWhy()
    {
        const ImportRun run = ImportRun::run({load(QStringLiteral("hq")), load(QStringLiteral("branch"))});
        const QStringList hq = ImportTestTree::notes(box(run, QStringLiteral("hq")).log, Kind::NotRepresented);
        for (const QString &expected : {
                 QStringLiteral("etc/hosts hosts | not a format this import reads"),
                 QStringLiteral("etc/swanctl/swanctl.conf:12 connections.branch.children.branch-lan.esp_proposals = aes256gcm16 | an algorithm choice: RouteStudio writes its own ESP proposals"),
                 QStringLiteral("etc/swanctl/conf.d/30-partner.conf:25 pools.spare.addrs = 10.99.0.0/24 | virtual IP pools are not modeled"),
                 QStringLiteral("etc/swanctl/conf.d/20-secrets.conf:15 secrets.eap-carol.secret = (not shown) | only IKE PSKs are modeled (EAP, XAuth, keys and PPKs are not)"),
                 QStringLiteral("etc/ppp/chap-secrets:4 * hq-vpn (password not shown) | a wildcard client: RouteStudio has one login per user"),
                 QStringLiteral("etc/ppp/chap-secrets:5 dave other (password not shown) | a secret for server \"other\", not this L2TP server (hq-vpn)"),
                 QStringLiteral("etc/ppp/options.l2tpd:9 proxyarp | RouteStudio sets its own pppd options"),
                 QStringLiteral("etc/ppp/ip-up.d/50-extra:3 ip route add 10.77.0.0/16 | not tied to an L2TP link of the import (RouteStudio derives routes itself)"),
             }) {
            QVERIFY2(hq.contains(expected), qPrintable(expected + QStringLiteral("\n--- got:\n") + hq.join(u'\n')));
        }
        const QStringList branch = ImportTestTree::notes(box(run, QStringLiteral("branch")).log, Kind::NotRepresented);
        for (const QString &expected : {
                 QStringLiteral("ipsec.conf:3 config setup: uniqueids=yes | RouteStudio writes its own config setup"),
                 QStringLiteral("ipsec.secrets:3 : RSA (not shown) | only PSKs are modeled (keys, EAP and XAuth secrets are not)"),
                 QStringLiteral("ipsec.conf:11 conn base | auto=ignore: not loaded by starter (its parameters count where also= uses them)"),
             }) {
            QVERIFY2(branch.contains(expected), qPrintable(expected + QStringLiteral("\n--- got:\n") + branch.join(u'\n')));
        }
        // Nothing of a secret's value reaches any note.
        for (const BoxScan &b : run.boxes) {
            for (const ImportNote &n : b.log.notes()) {
                for (const QString &secret : run.secrets.psk.values() + run.secrets.users.values()) {
                    QVERIFY2(!n.statement.contains(secret) && !n.detail.contains(secret), qPrintable(n.statement));
                }
                QVERIFY(!n.statement.contains(QLatin1String("dGVzdC1vbmx5")));
                QVERIFY(!n.statement.contains(QLatin1String("746573742d")));
            }
        }
    }

    void contradictionsNameBothEnds()
    {
        SourceTree branch = load(QStringLiteral("branch"));
        QString error;
        QVERIFY(branch.add(QStringLiteral("ipsec.d/hq.conf"),
                           "conn hq\n    also=base\n    right=203.0.113.1\n    rightid=203.0.113.1\n"
                           "    rightsubnet=10.1.0.0/17\n    ike=3des-md5-modp1024!\n    auto=start\n",
                           &error));
        QVERIFY(branch.add(QStringLiteral("ipsec.secrets"), "198.51.100.2 203.0.113.1 : PSK \"test-only-Other-Psk9\"\n", &error));
        const ImportRun run = ImportRun::run({load(QStringLiteral("hq")), branch});
        const QStringList c = ImportTestTree::notes(box(run, QStringLiteral("hq")).log, Kind::Contradiction);
        QCOMPARE(c, (QStringList{
            QStringLiteral("etc/swanctl/swanctl.conf:6 link branch: the ends' IKE proposals have nothing in common"),
            QStringLiteral("etc/swanctl/swanctl.conf:28 link branch: this end's local subnets differ from what the peer expects"),
            QStringLiteral("etc/swanctl/conf.d/20-secrets.conf:6 link branch: the ends have different PSKs (values not shown)")}));
        const QList<ImportNote> notes = box(run, QStringLiteral("hq")).log.ofKind(Kind::Contradiction);
        QCOMPARE(notes.at(0).other.toString(), QStringLiteral("branch/ipsec.d/hq.conf:6"));
        QCOMPARE(notes.at(1).other.toString(), QStringLiteral("branch/ipsec.d/hq.conf:5"));
        QCOMPARE(notes.at(2).other.toString(), QStringLiteral("branch/ipsec.secrets:1"));
    }

    void brokenFileStillImportsTheRest()
    {
        SourceTree hq = load(QStringLiteral("hq"));
        QString error;
        QVERIFY(hq.add(QStringLiteral("etc/swanctl/conf.d/30-partner.conf"), "connections {\n  partner {\n", &error));
        const ImportRun run = ImportRun::run({hq, load(QStringLiteral("branch"))});
        QVERIFY(run.hasErrors());
        QCOMPARE(ImportTestTree::notes(box(run, QStringLiteral("hq")).log, Kind::Error),
                 QStringList{QStringLiteral("etc/swanctl/conf.d/30-partner.conf:3 missing '}' for section \"connections.partner\"")});
        QVERIFY(run.topology.link(QStringLiteral("branch")));
        QVERIFY(!run.topology.link(QStringLiteral("partner")));
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
