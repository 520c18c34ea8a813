#include "core/monitor/tunnelcheck.h"

#include <QHash>
#include <QTest>

namespace {

Ipv4Prefix prefix(const char *text) { return *Ipv4Prefix::parse(QString::fromLatin1(text)); }

// The "OS": a map from looked-up address to interface; reapply() moves the
// given routes' probe addresses onto the interface.
class FakeInspector final : public RouteInspector
{
public:
    std::optional<QString> interfaceFor(Ipv4Address address, QString *error) override
    {
        lookups.append(address.toString());
        const auto it = table.constFind(address.value());
        if (it == table.cend()) {
            *error = QStringLiteral("no route to %1").arg(address.toString());
            return std::nullopt;
        }
        return *it;
    }

    bool reapply(const QList<Ipv4Prefix> &routes, const QString &interface, QString *error) override
    {
        reapplied = routes;
        if (failReapply) {
            *error = QStringLiteral("helper refused");
            return false;
        }
        for (const Ipv4Prefix &r : routes)
            table.insert(TunnelCheck::probeAddress(r).value(), interface);
        return true;
    }

    QHash<quint32, QString> table;
    QStringList lookups;
    QList<Ipv4Prefix> reapplied;
    bool failReapply = false;
};

} // namespace

class TestTunnelCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeAddress_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("probe");
        QTest::newRow("lan") << "10.20.0.0/16" << "10.20.0.1";
        QTest::newRow("host bits") << "10.20.7.9/24" << "10.20.7.1";
        QTest::newRow("host route") << "203.0.113.10/32" << "203.0.113.10";
        QTest::newRow("default") << "0.0.0.0/0" << "192.0.2.1";
    }

    void probeAddress()
    {
        QFETCH(QString, route);
        QFETCH(QString, probe);
        QCOMPARE(TunnelCheck::probeAddress(*Ipv4Prefix::parse(route)).toString(), probe);
    }

    void findsLostRoutesAndReappliesOnlyThose()
    {
        FakeInspector os;
        os.table.insert(TunnelCheck::probeAddress(prefix("10.10.0.0/16")).value(), QStringLiteral("ppp0"));
        os.table.insert(TunnelCheck::probeAddress(prefix("10.20.0.0/16")).value(), QStringLiteral("eth0"));
        const QList<Ipv4Prefix> routes{prefix("10.10.0.0/16"), prefix("10.20.0.0/16"), prefix("10.30.0.0/16")};
        const TunnelCheck check = TunnelCheck::run(os, QStringLiteral("ppp0"), routes);
        QCOMPARE(check.entries().size(), 3);
        QCOMPARE(check.inTunnel(), 1);
        QVERIFY(!check.allInTunnel());
        QCOMPARE(check.entries()[1].status, TunnelCheck::Entry::Status::Elsewhere);
        QCOMPARE(check.entries()[2].status, TunnelCheck::Entry::Status::Failed);
        QCOMPARE(check.describe(), QStringList({"10.10.0.0/16 -> ppp0 (ok)",
                                                "10.20.0.0/16 -> eth0 (expected ppp0)",
                                                "10.30.0.0/16: no route to 10.30.0.1"}));
        QCOMPARE(check.misrouted(), (QList<Ipv4Prefix>{prefix("10.20.0.0/16"), prefix("10.30.0.0/16")}));

        QString error;
        const TunnelCheck again = TunnelCheck::reapply(os, check, &error);
        QCOMPARE(os.reapplied, check.misrouted());
        QVERIFY(again.allInTunnel());
        QCOMPARE(again.inTunnel(), 3);
    }

    void failedReapplyKeepsTheOldReport()
    {
        FakeInspector os;
        os.failReapply = true;
        const TunnelCheck check = TunnelCheck::run(os, QStringLiteral("ppp0"), {prefix("10.20.0.0/16")});
        QString error;
        const TunnelCheck again = TunnelCheck::reapply(os, check, &error);
        QCOMPARE(error, QStringLiteral("helper refused"));
        QCOMPARE(again.inTunnel(), 0);
    }

    void noTunnelMeansNoLookups()
    {
        FakeInspector os;
        const TunnelCheck check = TunnelCheck::run(os, QString(), {prefix("10.20.0.0/16")});
        QVERIFY(os.lookups.isEmpty());
        QCOMPARE(check.describe(), QStringList{"10.20.0.0/16: the tunnel is not up"});
        QString error;
        TunnelCheck::reapply(os, check, &error);
        QVERIFY(os.reapplied.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTunnelCheck)
#include "tst_tunnelcheck.moc"
