#include "bundlefixture.h"

#include "core/bundle/bundleprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray validJson()
{
    const BundleFixture fx;
    QString error;
    return BundleProfile::fromTopology(fx.topology, fx.secrets, QStringLiteral("staff"),
                                       QStringLiteral("alice"), &error)
        ->toJson();
}

} // namespace

class TestBundleProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsUnknownFields()
    {
        QJsonObject o = QJsonDocument::fromJson(validJson()).object();
        o.insert(QStringLiteral("future"), QStringLiteral("kept"));
        QString error;
        const auto p = BundleProfile::fromJson(QJsonDocument(o).toJson(), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->extra.value(QStringLiteral("future")).toString(), QStringLiteral("kept"));
        const auto again = BundleProfile::fromJson(p->toJson(), &error);
        QVERIFY(again);
        QCOMPARE(again->toJson(), p->toJson());
        QCOMPARE(p->dns.size(), 1);
        QCOMPARE(p->mss, 1360);
    }

    // routesFrom round-trips each word; an older bundle without it means "profile".
    void routesFromRoundTrips()
    {
        QJsonObject o = QJsonDocument::fromJson(validJson()).object();
        o.remove(QStringLiteral("routesFrom"));
        QString error;
        auto p = BundleProfile::fromJson(QJsonDocument(o).toJson(), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->routesFrom, RoutePush::RoutesFrom::Profile);
        for (const RoutePush::RoutesFrom from : {RoutePush::RoutesFrom::Hub, RoutePush::RoutesFrom::Both,
                                                 RoutePush::RoutesFrom::Profile}) {
            p->routesFrom = from;
            const auto again = BundleProfile::fromJson(p->toJson(), &error);
            QVERIFY2(again, qPrintable(error));
            QCOMPARE(again->routesFrom, from);
        }
    }

    void fieldErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << "format" << QJsonValue("other") << "profile.json: format";
        QTest::newRow("newer version") << "version" << QJsonValue(2) << "profile.json: version";
        QTest::newRow("bad user") << "user" << QJsonValue("a b") << "profile.json: user";
        QTest::newRow("bad profile id") << "profile" << QJsonValue("Staff!") << "profile.json: profile";
        QTest::newRow("tunnel") << "tunnel" << QJsonValue("half") << "profile.json: tunnel";
        QTest::newRow("routesFrom") << "routesFrom" << QJsonValue("sometimes") << "profile.json: routesFrom";
        QTest::newRow("routesFrom not text") << "routesFrom" << QJsonValue(true) << "profile.json: routesFrom";
        QTest::newRow("route host bits") << "routes" << QJsonValue(QJsonArray{"10.10.0.1/16"})
                                         << "profile.json: routes[0]";
        QTest::newRow("routes not list") << "routes" << QJsonValue("10.0.0.0/8")
                                         << "profile.json: routes is not a list";
        QTest::newRow("dns") << "dns" << QJsonValue(QJsonArray{"10.0.0.300"})
                             << "profile.json: dns[0]";
        QTest::newRow("mtu low") << "mtu" << QJsonValue(100) << "profile.json: mtu";
        QTest::newRow("mtu text") << "mtu" << QJsonValue("1400") << "profile.json: mtu";
        QTest::newRow("psk short") << "psk" << QJsonValue("short") << "profile.json: psk";
        QTest::newRow("password quote") << "password" << QJsonValue("pass\"word123")
                                        << "profile.json: password";
    }

    void fieldErrors()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject o = QJsonDocument::fromJson(validJson()).object();
        o.insert(field, value);
        QString error;
        QVERIFY(!BundleProfile::fromJson(QJsonDocument(o).toJson(), &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
        if (field == QLatin1String("password") || field == QLatin1String("psk"))
            QVERIFY(!error.contains(value.toString()));
    }

    void hubAddressMustBeAddressOrName()
    {
        QJsonObject o = QJsonDocument::fromJson(validJson()).object();
        QJsonObject hub = o.value(QStringLiteral("hub")).toObject();
        hub.insert(QStringLiteral("address"), QStringLiteral("gw;rm -rf"));
        o.insert(QStringLiteral("hub"), hub);
        QString error;
        QVERIFY(!BundleProfile::fromJson(QJsonDocument(o).toJson(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("profile.json: hub.address")), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestBundleProfile)
#include "tst_bundleprofile.moc"
