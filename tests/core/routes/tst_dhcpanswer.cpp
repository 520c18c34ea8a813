#include "core/routes/dhcpanswer.h"
#include "core/routes/pushplan.h"

#include <QTest>

// The hub's DHCPACK as the Connect window decodes it (after the helper's
// `inform` verb brought it in): the bytes the generated hub sends (PushPlan's
// own encoder) decode back to the same routes, and packets that lie about
// their lengths or carry malformed routes are refused, naming what is wrong.
namespace {

Ipv4Prefix prefix(const char *s) { return *Ipv4Prefix::parse(QString::fromLatin1(s)); }
Ipv4Address address(const char *s) { return *Ipv4Address::parse(QString::fromLatin1(s)); }

QByteArray option(int code, const QByteArray &value)
{
    return QByteArray(1, char(code)) + char(value.size()) + value;
}

QByteArray reply(const QByteArray &options, char op = 2)
{
    QByteArray b(236, '\0');
    b[0] = op;
    b += QByteArray::fromHex("63825363");
    return b + options;
}

const QList<Ipv4Prefix> kRoutes{prefix("10.10.0.0/16"), prefix("10.20.1.0/24"), prefix("172.16.0.0/12"),
                                prefix("192.168.7.9/32")};

} // namespace

class TestDhcpAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesWhatTheHubSends()
    {
        const QByteArray routes = PushPlan::classlessRoutes(kRoutes, address("10.9.0.1"));
        const QByteArray packet = reply(option(53, "\x05") + option(121, routes) + option(249, routes)
                                        + option(6, QByteArray::fromHex("0a0a00350a0a0036"))
                                        + option(15, "corp.example") + QByteArray(1, '\xff'));
        QString error;
        const auto a = DhcpAnswer::parse(packet, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->routesOption, 121);
        QCOMPARE(a->routes.size(), kRoutes.size());
        for (int i = 0; i < kRoutes.size(); ++i) {
            QCOMPARE(a->routes[i].destination, kRoutes[i]);
            QCOMPARE(a->routes[i].router, address("10.9.0.1"));
        }
        QCOMPARE(a->dns, (QList<Ipv4Address>{address("10.10.0.53"), address("10.10.0.54")}));
        QCOMPARE(a->domain, QStringLiteral("corp.example"));
    }

    void microsoftsOptionAloneAndNoRoutes()
    {
        const QByteArray routes = PushPlan::classlessRoutes({prefix("10.10.0.0/16")}, address("10.9.0.1"));
        QString error;
        auto a = DhcpAnswer::parse(reply(option(53, "\x05") + option(249, routes) + QByteArray(1, '\xff')), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->routesOption, 249);
        QCOMPARE(a->routes.size(), 1);
        // A full-tunnel profile's answer: DNS only.
        a = DhcpAnswer::parse(reply(option(53, "\x05") + option(6, QByteArray::fromHex("0a0a0035"))
                                    + QByteArray(1, '\xff')), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->routesOption, 0);
        QVERIFY(a->routes.isEmpty());
    }

    void refusesMalformedPackets_data()
    {
        QTest::addColumn<QByteArray>("packet");
        QTest::addColumn<QString>("why");
        const QByteArray ack = option(53, "\x05");
        const QByteArray end(1, '\xff');
        QTest::newRow("short") << QByteArray(100, '\0') << "not a DHCP reply";
        QTest::newRow("request") << reply(ack + end, 1) << "not a DHCP reply";
        QTest::newRow("offer") << reply(option(53, "\x02") + end) << "not a DHCPACK";
        QTest::newRow("no end") << reply(ack) << "no end";
        QTest::newRow("length past end") << reply(ack + QByteArray::fromHex("790a0a")) << "past the end";
        QTest::newRow("host bits") << reply(ack + option(121, QByteArray::fromHex("0c0a0f0a090001")) + end)
                                   << "host bits";
        QTest::newRow("width 33") << reply(ack + option(121, QByteArray::fromHex("210a0b0c0d0e0a090001")) + end)
                                  << "width of 33";
        QTest::newRow("cut route") << reply(ack + option(121, QByteArray::fromHex("180a0b0c0a09")) + end)
                                   << "cut short";
        QTest::newRow("dns 5 bytes") << reply(ack + option(6, QByteArray::fromHex("0a0a003501")) + end)
                                     << "option 6";
        QTest::newRow("domain escape") << reply(ack + option(15, "corp\x1b[2J.example") + end)
                                       << "option 15";
    }
    void refusesMalformedPackets()
    {
        QFETCH(QByteArray, packet);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!DhcpAnswer::parse(packet, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY(!error.contains(QChar(0x1b)));
    }
};

QTEST_APPLESS_MAIN(TestDhcpAnswer)
#include "tst_dhcpanswer.moc"
