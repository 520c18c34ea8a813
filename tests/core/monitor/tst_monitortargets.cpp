#include "core/io/exampletopology.h"
#include "core/monitor/monitortargets.h"

#include <QJsonArray>
#include <QTest>

namespace {

QStringList describe(const ProbeTargets &targets)
{
    QStringList out;
    for (const ProbeTarget &t : targets)
        out.append(QStringLiteral("%1 %2 %3").arg(t.key, t.name, t.address.toString()));
    return out;
}

Ipv4Address ip(const char *text) { return *Ipv4Address::parse(QString::fromLatin1(text)); }

} // namespace

class TestMonitorTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedDefaults()
    {
        QStringList errors;
        const ProbeTargets targets = MonitorTargets::forTopology(ExampleTopology::topology(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(describe(targets), QStringList({
                                        "link:hq-site-a:10.20.0.1 site-a LAN 10.20.0.1",
                                        "site:hq:10.10.0.1 hq LAN 10.10.0.1",
                                        "site:hq:10.8.0.1 hq PPP 10.8.0.1",
                                        "site:site-a:10.20.0.1 site-a LAN 10.20.0.1",
                                    }));
        QCOMPARE(targets[0].link, QStringLiteral("hq-site-a"));
        QCOMPARE(targets[0].kind, ProbeTarget::Kind::LinkFarLan);
        QCOMPARE(targets[2].kind, ProbeTarget::Kind::HubPpp);
    }

    void farEndIsTheGatewayWhicheverWayTheLinkIsWritten()
    {
        Topology t = ExampleTopology::topology();
        std::swap(t.links[0].from, t.links[0].to);
        QStringList errors;
        QCOMPARE(MonitorTargets::forTopology(t, &errors).first().address, ip("10.20.0.1"));
    }

    void overrideReplacesDefaults()
    {
        Topology t = ExampleTopology::topology();
        MonitorTargets::setOverride(&t.links[0].extra, {{QStringLiteral("NAS"), ip("10.20.5.5")},
                                                         {QString(), ip("10.20.0.10")}});
        MonitorTargets::setOverride(&t.sites[1].extra, {});
        QStringList errors;
        const ProbeTargets targets = MonitorTargets::forTopology(t, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(describe(targets), QStringList({
                                        "link:hq-site-a:10.20.5.5 NAS 10.20.5.5",
                                        "link:hq-site-a:10.20.0.10 10.20.0.10 10.20.0.10",
                                        "site:hq:10.10.0.1 hq LAN 10.10.0.1",
                                        "site:hq:10.8.0.1 hq PPP 10.8.0.1",
                                    }));
        QCOMPARE(targets[0].kind, ProbeTarget::Kind::Named);
        MonitorTargets::clearOverride(&t.links[0].extra);
        QVERIFY(!t.links[0].extra.contains(QStringLiteral("monitor")));
    }

    void badOverrideEntriesAreReported_data()
    {
        QTest::addColumn<QJsonValue>("monitor");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an object") << QJsonValue(3) << "links[0].monitor: must be an object";
        QTest::newRow("targets not a list") << QJsonValue(QJsonObject{{"targets", "10.0.0.1"}})
                                            << "links[0].monitor.targets: must be a list";
        QTest::newRow("bad address") << QJsonValue(QJsonObject{{"targets", QJsonArray{"10.0.0.1", "10.0.0.x"}}})
                                     << "links[0].monitor.targets[1]: \"10.0.0.x\" is not an IPv4 address";
        QTest::newRow("number entry") << QJsonValue(QJsonObject{{"targets", QJsonArray{7}}})
                                      << "links[0].monitor.targets[0]: must be an address";
        QTest::newRow("control char in name")
            << QJsonValue(QJsonObject{{"targets", QJsonArray{QJsonObject{{"address", "10.0.0.1"}, {"name", "a\tb"}}}}})
            << "links[0].monitor.targets[0].name: contains a control character";
    }

    void badOverrideEntriesAreReported()
    {
        QFETCH(QJsonValue, monitor);
        QFETCH(QString, error);
        Topology t = ExampleTopology::topology();
        t.links[0].extra.insert(QStringLiteral("monitor"), monitor);
        QStringList errors;
        MonitorTargets::forTopology(t, &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(error), qPrintable(errors.first()));
    }

    void profileUsesTunnelPeerWhenKnown()
    {
        const Topology t = ExampleTopology::topology();
        QStringList errors;
        QCOMPARE(describe(MonitorTargets::forProfile(t, QStringLiteral("staff"), std::nullopt, &errors)),
                 QStringList({"profile:staff:10.8.0.1 hq PPP 10.8.0.1",
                              "profile:staff:10.10.0.1 hq LAN 10.10.0.1"}));
        const ProbeTargets withPeer = MonitorTargets::forProfile(t, QStringLiteral("staff"), ip("10.8.0.254"), &errors);
        QCOMPARE(withPeer.first().address, ip("10.8.0.254"));
        QCOMPARE(withPeer.first().profile, QStringLiteral("staff"));
        QVERIFY(errors.isEmpty());
        QVERIFY(MonitorTargets::forProfile(t, QStringLiteral("nobody"), std::nullopt, &errors).isEmpty());
        QCOMPARE(errors, QStringList{"profile \"nobody\" is not in the topology"});
    }

    void clientTargetsWithoutTopology_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QStringList>("routes");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("split, tunnel peer known")
            << "10.8.0.254" << QStringList{"10.10.0.0/16", "10.20.0.0/16"}
            << QStringList{"profile:staff:10.8.0.254 hq PPP 10.8.0.254",
                           "profile:staff:10.10.0.1 10.10.0.0/16 gateway 10.10.0.1",
                           "profile:staff:10.20.0.1 10.20.0.0/16 gateway 10.20.0.1"};
        QTest::newRow("no peer: the hub's PPP address")
            << "" << QStringList{"10.10.0.0/16"}
            << QStringList{"profile:staff:10.8.0.1 hq PPP 10.8.0.1",
                           "profile:staff:10.10.0.1 10.10.0.0/16 gateway 10.10.0.1"};
        QTest::newRow("full tunnel halves stand for no gateway")
            << "10.8.0.1" << QStringList{"0.0.0.0/1", "128.0.0.0/1", "10.10.0.0/16"}
            << QStringList{"profile:staff:10.8.0.1 hq PPP 10.8.0.1",
                           "profile:staff:10.10.0.1 10.10.0.0/16 gateway 10.10.0.1"};
        QTest::newRow("same gateway twice is probed once")
            << "10.10.0.1" << QStringList{"10.10.0.0/16"}
            << QStringList{"profile:staff:10.10.0.1 hq PPP 10.10.0.1"};
    }

    void clientTargetsWithoutTopology()
    {
        QFETCH(QString, peer);
        QFETCH(QStringList, routes);
        QFETCH(QStringList, expected);
        QList<Ipv4Prefix> prefixes;
        for (const QString &r : routes)
            prefixes.append(*Ipv4Prefix::parse(r));
        QStringList errors;
        const ProbeTargets targets = MonitorTargets::forClient(
            QStringLiteral("staff"), QStringLiteral("hq"), Ipv4Address::parse(peer), ip("10.8.0.1"),
            prefixes, QJsonObject(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(describe(targets), expected);
        QCOMPARE(targets.first().kind, ProbeTarget::Kind::HubPpp);
        QCOMPARE(targets.first().profile, QStringLiteral("staff"));
    }

    void clientOverrideFromTheBundle()
    {
        QJsonObject extra;
        MonitorTargets::setOverride(&extra, {{QStringLiteral("NAS"), ip("10.20.5.5")}});
        QStringList errors;
        const ProbeTargets targets = MonitorTargets::forClient(
            QStringLiteral("staff"), QStringLiteral("hq"), ip("10.8.0.1"), std::nullopt,
            {*Ipv4Prefix::parse(u"10.10.0.0/16")}, extra, &errors);
        QCOMPARE(describe(targets), QStringList{"profile:staff:10.20.5.5 NAS 10.20.5.5"});
        extra.insert(QStringLiteral("monitor"), QJsonObject{{"targets", QJsonArray{"x"}}});
        MonitorTargets::forClient(QStringLiteral("staff"), QString(), std::nullopt, std::nullopt,
                                  {}, extra, &errors);
        QCOMPARE(errors, QStringList{"profile.monitor.targets[0]: \"x\" is not an IPv4 address"});
    }

    void firstHost_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("host");
        QTest::newRow("/16") << "10.20.0.0/16" << "10.20.0.1";
        QTest::newRow("host bits") << "10.20.3.7/24" << "10.20.3.1";
        QTest::newRow("/31") << "10.0.0.2/31" << "10.0.0.2";
        QTest::newRow("/32") << "10.0.0.9/32" << "10.0.0.9";
    }

    void firstHost()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, host);
        QCOMPARE(MonitorTargets::firstHost(*Ipv4Prefix::parse(prefix)).toString(), host);
    }
};

QTEST_GUILESS_MAIN(TestMonitorTargets)
#include "tst_monitortargets.moc"
