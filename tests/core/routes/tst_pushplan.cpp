#include "core/io/topologyreader.h"
#include "core/routes/pushplan.h"
#include "core/routes/routepush.h"
#include "core/validation/validator.h"

#include <QTest>

namespace {

// A hub with two split profiles (different routes), one full profile, a user
// listed twice and a gateway dialling in over l2tp. `extraProfile` is spliced
// into the first profile's object.
QByteArray hubTopology(const QByteArray &pool, const QByteArray &local, const QByteArray &extraProfile = {},
                       const QByteArray &extraTop = {})
{
    return R"({"format": "routestudio-topology", "version": 1, "name": "push")" + extraTop + R"(,
      "sites": [
        {"id": "hq", "name": "HQ", "role": "hub", "platform": "linux-strongswan",
         "publicAddress": "203.0.113.10", "lans": ["10.10.0.0/16"],
         "remoteAccess": {"pool": ")" + pool + R"(", "localAddress": ")" + local + R"(", "dns": ["10.10.0.53"]}},
        {"id": "gw", "name": "GW", "role": "gateway", "platform": "linux-strongswan",
         "publicAddress": "198.51.100.20", "lans": ["10.20.0.0/16"]}],
      "links": [{"id": "hq-gw", "from": "hq", "to": "gw", "transport": "l2tp", "ike": "ikev1", "secret": "k"}],
      "profiles": [
        {"id": "staff", "hub": "hq", "tunnel": "split", "routes": ["10.10.0.0/16"], "secret": "p",
         "users": ["alice", "bob"])" + extraProfile + R"(},
        {"id": "ops", "hub": "hq", "tunnel": "split", "routes": ["10.20.0.0/16", "10.10.5.0/24"], "secret": "p",
         "users": ["carol", "bob"]},
        {"id": "travel", "hub": "hq", "tunnel": "full", "routes": [], "secret": "p", "users": ["dave"]}]})";
}

Topology load(const QByteArray &json)
{
    LoadError error;
    const auto t = TopologyReader::fromJson(json, &error);
    if (!t)
        qFatal("%s", qPrintable(error.toString()));
    return *t;
}

QStringList codes(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.code;
    return out;
}

} // namespace

class TestPushPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 3442 section 3's examples: only the significant octets of the destination.
    void classlessRoutes_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("/0") << "0.0.0.0/0" << QByteArray("00" "0a000001");
        QTest::newRow("/8") << "10.0.0.0/8" << QByteArray("080a" "0a000001");
        QTest::newRow("/16") << "10.17.0.0/16" << QByteArray("100a11" "0a000001");
        QTest::newRow("/24") << "10.27.129.0/24" << QByteArray("180a1b81" "0a000001");
        QTest::newRow("/25") << "10.229.0.128/25" << QByteArray("190ae50080" "0a000001");
        QTest::newRow("/32") << "10.198.122.47/32" << QByteArray("200ac67a2f" "0a000001");
        QTest::newRow("/9 keeps two octets") << "10.128.0.0/9" << QByteArray("090a80" "0a000001");
    }
    void classlessRoutes()
    {
        QFETCH(QString, route);
        QFETCH(QByteArray, hex);
        const auto prefix = Ipv4Prefix::parse(route);
        QVERIFY(prefix);
        QCOMPARE(PushPlan::classlessRoutes({*prefix}, *Ipv4Address::parse(u"10.0.0.1")).toHex(), hex);
    }

    void profilesGetTheirOwnAddressesAndAnswers()
    {
        const Topology t = load(hubTopology("10.8.0.0/24", "10.8.0.1"));
        const RouteTable routes = RouteTable::build(t);
        const PushPlan plan = PushPlan::forHub(t, TopologyIndex(t), routes, t.sites[0]);
        QVERIFY(plan.active);
        QVERIFY(plan.fits);
        QCOMPARE(plan.answers.size(), 3);
        const PushAnswer &staff = plan.answers[0];
        const PushAnswer &ops = plan.answers[1];
        const PushAnswer &travel = plan.answers[2];
        QCOMPARE(staff.users.size(), 2);
        QCOMPARE(staff.users[0].second.toString(), QStringLiteral("10.8.0.2"));
        QCOMPARE(staff.users[1].second.toString(), QStringLiteral("10.8.0.3"));
        // bob stays in staff; ops gets carol only
        QCOMPARE(ops.users.size(), 1);
        QCOMPARE(ops.users[0].first, QStringLiteral("carol"));
        QCOMPARE(ops.users[0].second.toString(), QStringLiteral("10.8.0.4"));
        QCOMPARE(travel.users[0].second.toString(), QStringLiteral("10.8.0.5"));
        QCOMPARE(plan.gateways.size(), 1);
        QCOMPARE(plan.gateways[0].second.toString(), QStringLiteral("10.8.0.6"));
        QCOMPARE(plan.fixed.value(QStringLiteral("hq-gw")).toString(), QStringLiteral("10.8.0.6"));
        QCOMPARE(staff.ranges.size(), 1);
        QCOMPARE(staff.ranges[0].second.toString(), QStringLiteral("10.8.0.3"));
        QCOMPARE(staff.routes.size(), 1);
        QCOMPARE(ops.routes.size(), 2);
        QVERIFY(staff.routes != ops.routes);
        QVERIFY(travel.routes.isEmpty()); // full tunnel: DNS only
        QCOMPARE(travel.dns.size(), 1);
        QCOMPARE(plan.answerSubnet().toString(), QStringLiteral("10.8.0.0/24"));
    }

    void rangesSkipTheServerAddress()
    {
        const Topology t = load(hubTopology("10.8.0.0/29", "10.8.0.3"));
        const PushPlan plan =
            PushPlan::forHub(t, TopologyIndex(t), RouteTable::build(t), t.sites[0]);
        // .1 .2 for staff, .3 is the server, .4 carol, .5 dave, .6 the gateway
        QCOMPARE(plan.answers[0].ranges.size(), 1);
        QCOMPARE(plan.answers[1].users[0].second.toString(), QStringLiteral("10.8.0.4"));
        QCOMPARE(plan.gateways[0].second.toString(), QStringLiteral("10.8.0.6"));
        QVERIFY(plan.fits);
    }

    void aPoolTooSmallDoesNotFitAndValidationSaysSo()
    {
        // /29 without network, broadcast and server: .2-.6, exactly 4 users + 1 gateway
        const Topology fitting = load(hubTopology("10.8.0.0/29", "10.8.0.1"));
        QVERIFY(PushPlan::forHub(fitting, TopologyIndex(fitting), RouteTable::build(fitting),
                                 fitting.sites[0])
                    .fits);
        const Topology t = load(hubTopology("10.8.0.0/30", "10.8.0.1"));
        const PushPlan plan =
            PushPlan::forHub(t, TopologyIndex(t), RouteTable::build(t), t.sites[0]);
        QVERIFY(!plan.fits);
        QVERIFY(codes(Validator::validate(t, nullptr)).contains(QStringLiteral("pool-too-small")));
    }

    void serverOutsideThePoolWidensTheAnswerSubnet()
    {
        const Topology t = load(hubTopology("10.8.0.0/24", "10.9.0.1"));
        const PushPlan plan =
            PushPlan::forHub(t, TopologyIndex(t), RouteTable::build(t), t.sites[0]);
        QCOMPARE(plan.answerSubnet().toString(), QStringLiteral("10.8.0.0/15"));
        QVERIFY(plan.answerSubnet().contains(plan.router));
    }

    void routePushOffEverywhereMeansNoAnswer()
    {
        QByteArray json = hubTopology("10.8.0.0/24", "10.8.0.1", R"(, "routePush": false)");
        json.replace(R"("routes": ["10.20.0.0/16", "10.10.5.0/24"], "secret": "p",)",
                     R"("routes": ["10.20.0.0/16"], "routePush": false, "secret": "p",)");
        const Topology t = load(json);
        QVERIFY(!RoutePush::requested(t.profiles[0]));
        QVERIFY(!PushPlan::forHub(t, TopologyIndex(t), RouteTable::build(t), t.sites[0]).active);
    }

    void domainFromProfileOrTopology()
    {
        const Topology t = load(hubTopology("10.8.0.0/24", "10.8.0.1", R"(, "dnsDomain": "staff.example")",
                                            R"(, "dnsDomain": "corp.example")"));
        QCOMPARE(RoutePush::domain(t, t.profiles[0]), QStringLiteral("staff.example"));
        QCOMPARE(RoutePush::domain(t, t.profiles[1]), QStringLiteral("corp.example"));
    }

    void findings_data()
    {
        QTest::addColumn<QByteArray>("extraProfile");
        QTest::addColumn<QByteArray>("extraTop");
        QTest::addColumn<QString>("code");
        QTest::newRow("shared user") << QByteArray() << QByteArray() << "route-push-shared-user";
        QTest::newRow("routePush not bool") << QByteArray(R"(, "routePush": "yes")") << QByteArray()
                                            << "invalid-route-push";
        QTest::newRow("domain with a newline") << QByteArray(R"(, "dnsDomain": "a\nb.example")") << QByteArray()
                                               << "invalid-dns-domain";
        QTest::newRow("topology domain not a string") << QByteArray() << QByteArray(R"(, "dnsDomain": 5)")
                                                      << "invalid-dns-domain";
        QTest::newRow("routesFrom unknown") << QByteArray(R"(, "routesFrom": "sometimes")") << QByteArray()
                                            << "invalid-routes-from";
        QTest::newRow("routesFrom hub, push off") << QByteArray(R"(, "routePush": false, "routesFrom": "hub")")
                                                  << QByteArray() << "routes-from-no-answer";
    }
    void findings()
    {
        QFETCH(QByteArray, extraProfile);
        QFETCH(QByteArray, extraTop);
        QFETCH(QString, code);
        const Topology t = load(hubTopology("10.8.0.0/24", "10.8.0.1", extraProfile, extraTop));
        QVERIFY2(codes(Validator::validate(t, nullptr)).contains(code),
                 qPrintable(codes(Validator::validate(t, nullptr)).join(u' ')));
    }

    void noFindingForAValidDomainOrBool()
    {
        const Topology t = load(hubTopology("10.8.0.0/24", "10.8.0.1", R"(, "routePush": true, "dnsDomain": "corp.example")"));
        const QStringList c = codes(Validator::validate(t, nullptr));
        QVERIFY(!c.contains(QStringLiteral("invalid-route-push")));
        QVERIFY(!c.contains(QStringLiteral("invalid-dns-domain")));
    }

    // routesFrom: the stated word, else hub where the hub answers, else profile.
    void routesFromDefaultsToWhatTheHubDoes()
    {
        Topology t = load(hubTopology("10.8.0.0/24", "10.8.0.1"));
        QCOMPARE(RoutePush::routesFrom(t.site(t.profiles[0].hub), t.profiles[0]), RoutePush::RoutesFrom::Hub);
        t.profiles[0].extra.insert(QStringLiteral("routePush"), false);
        QCOMPARE(RoutePush::routesFrom(t.site(t.profiles[0].hub), t.profiles[0]), RoutePush::RoutesFrom::Profile);
        t.profiles[0].extra.insert(QStringLiteral("routesFrom"), QStringLiteral("both"));
        QCOMPARE(RoutePush::routesFrom(t.site(t.profiles[0].hub), t.profiles[0]), RoutePush::RoutesFrom::Both);
        t.profiles[0].extra.insert(QStringLiteral("routesFrom"), QStringLiteral("sometimes"));
        QCOMPARE(RoutePush::routesFrom(t.site(t.profiles[0].hub), t.profiles[0]), RoutePush::RoutesFrom::Profile);
        t.sites[0].platform = Platform::Mikrotik;
        t.profiles[0].extra.remove(QStringLiteral("routesFrom"));
        t.profiles[0].extra.remove(QStringLiteral("routePush"));
        QCOMPARE(RoutePush::routesFrom(t.site(t.profiles[0].hub), t.profiles[0]), RoutePush::RoutesFrom::Profile);
    }

    void nonLinuxHubsSayTheyCannotPush()
    {
        QByteArray json = hubTopology("10.8.0.0/24", "10.8.0.1");
        json.replace(R"("role": "hub", "platform": "linux-strongswan")", R"("role": "hub", "platform": "mikrotik")");
        const Topology t = load(json);
        QVERIFY(codes(Validator::validate(t, nullptr)).contains(QStringLiteral("route-push-unsupported")));
        QVERIFY(!PushPlan::forHub(t, TopologyIndex(t), RouteTable::build(t), t.sites[0]).active);
    }
};

QTEST_GUILESS_MAIN(TestPushPlan)
#include "tst_pushplan.moc"
