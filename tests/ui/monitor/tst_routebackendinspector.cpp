#include "../../platform/fakeroutebackend.h"
#include "core/monitor/tunnelcheck.h"
#include "ui/monitor/routebackendinspector.h"

#include <QTest>

namespace {

Ipv4Prefix prefix(const char *text) { return *Ipv4Prefix::parse(QString::fromLatin1(text)); }

} // namespace

// The tunnel check on top of the platform's RouteBackend (an in-memory one
// with longest-prefix lookups): lost routes are found, re-applied through
// add() on the tunnel interface, and then found in place.
class TestRouteBackendInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lostRoutesAreFoundAndReapplied()
    {
        FakeRouteBackend os;
        RouteBackendInspector inspector(&os);
        QString error;
        QVERIFY(os.add({RouteSpec{prefix("10.10.0.0/16"), QStringLiteral("ppp0"), std::nullopt}}, &error));
        const QList<Ipv4Prefix> routes{prefix("10.10.0.0/16"), prefix("10.20.0.0/16")};
        const TunnelCheck check = TunnelCheck::run(inspector, QStringLiteral("ppp0"), routes);
        QCOMPARE(check.describe(), QStringList({"10.10.0.0/16 -> ppp0 (ok)", "10.20.0.0/16 -> eth0 (expected ppp0)"}));

        const int addsBefore = os.addCalls;
        const TunnelCheck after = TunnelCheck::reapply(inspector, check, &error);
        QVERIFY2(after.allInTunnel(), qPrintable(after.describe().join(u'\n')));
        QCOMPARE(os.addCalls, addsBefore + 1);
        QCOMPARE(os.ours().size(), 2);
        QCOMPARE(os.ours().last().destination, prefix("10.20.0.0/16"));
        QCOMPARE(os.ours().last().interface, QStringLiteral("ppp0"));
    }

    void refusedAddKeepsTheReportAndSaysWhy()
    {
        FakeRouteBackend os;
        os.failOnAdd = QStringLiteral("10.20.0.0/16");
        RouteBackendInspector inspector(&os);
        const TunnelCheck check = TunnelCheck::run(inspector, QStringLiteral("ppp0"), {prefix("10.20.0.0/16")});
        QString error;
        const TunnelCheck after = TunnelCheck::reapply(inspector, check, &error);
        QVERIFY2(error.contains(QStringLiteral("10.20.0.0/16")), qPrintable(error));
        QCOMPARE(after.inTunnel(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRouteBackendInspector)
#include "tst_routebackendinspector.moc"
