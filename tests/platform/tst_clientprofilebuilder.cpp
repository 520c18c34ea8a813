#include "core/io/exampletopology.h"
#include "platform/common/clientprofilebuilder.h"

#include <QTest>

class TestClientProfileBuilder : public QObject
{
    Q_OBJECT

    static Secrets secrets()
    {
        Secrets s;
        s.psk.insert(QStringLiteral("hq-l2tp"), QStringLiteral("example-only-Q8v2Lr6nT1yB5dK0"));
        s.users.insert(QStringLiteral("alice"), QStringLiteral("example-only-alice-pass"));
        return s;
    }

private Q_SLOTS:
    void seedProfile()
    {
        QString error;
        const auto p = ClientProfileBuilder::build(ExampleTopology::topology(), secrets(),
                                                   QStringLiteral("staff"),
                                                   QStringLiteral("alice"), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->connectionName, QStringLiteral("RouteStudio hq staff"));
        QCOMPARE(p->gateway, QStringLiteral("203.0.113.10"));
        QCOMPARE(p->hubId, QStringLiteral("hq"));
        QCOMPARE(p->psk, QStringLiteral("example-only-Q8v2Lr6nT1yB5dK0"));
        QCOMPARE(p->password, QStringLiteral("example-only-alice-pass"));
        QCOMPARE(p->mtu, 1400);
        QCOMPARE(p->routes, (QList<Ipv4Prefix>{*Ipv4Prefix::parse(u"10.10.0.0/16"),
                                               *Ipv4Prefix::parse(u"10.20.0.0/16")}));
    }

    void fullTunnelBecomesTwoHalves()
    {
        Topology t = ExampleTopology::topology();
        t.profiles[0].tunnel = TunnelMode::Full;
        QString error;
        const auto p = ClientProfileBuilder::build(t, secrets(), QStringLiteral("staff"),
                                                   QStringLiteral("alice"), &error);
        QVERIFY(p);
        QCOMPARE(p->routes, (QList<Ipv4Prefix>{*Ipv4Prefix::parse(u"0.0.0.0/1"),
                                               *Ipv4Prefix::parse(u"128.0.0.0/1")}));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown profile") << "nope" << "alice"
                                         << "profile 'nope' is not in the topology";
        QTest::newRow("unknown user") << "staff" << "mallory"
                                      << "user 'mallory' is not a user of profile 'staff' "
                                         "(users: alice, bob)";
    }
    void errors()
    {
        QFETCH(QString, profile);
        QFETCH(QString, user);
        QFETCH(QString, error);
        QString got;
        QVERIFY(!ClientProfileBuilder::build(ExampleTopology::topology(), secrets(), profile, user,
                                             &got));
        QCOMPARE(got, error);
    }
};

QTEST_GUILESS_MAIN(TestClientProfileBuilder)
#include "tst_clientprofilebuilder.moc"
