#include "tests/core/validation/validationfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace ValidationFixture;

class TestTunnelInterfaceCheck : public QObject
{
    Q_OBJECT

    static TopologyEdit setOn(int site, const QJsonValue &value)
    {
        return [site, value](Topology &t) {
            t.sites[site].extra.insert(QStringLiteral("tunnelInterface"), value);
        };
    }

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        // site 1 (site-a) is a linux-strongswan gateway with the IPsec link hq-site-a.
        row("absent: nothing to say", [](Topology &) {}, "invalid-tunnel-interface", 0);
        row("the default name", setOn(1, QStringLiteral("xfrm0")), "invalid-tunnel-interface", 0);
        row("xfrm1 is a name", setOn(1, QStringLiteral("xfrm1")), "invalid-tunnel-interface", 0);
        row("15 characters", setOn(1, QStringLiteral("vti-0123456789a")), "invalid-tunnel-interface", 0);
        row("16 characters", setOn(1, QStringLiteral("vti-0123456789ab")), "invalid-tunnel-interface", 1,
            {"sites[1].tunnelInterface"}, "tunnelInterface of site site-a is not a Linux interface name");
        row("shell characters", setOn(1, QStringLiteral("x;reboot")), "invalid-tunnel-interface", 1);
        row("newline", setOn(1, QStringLiteral("x\ny")), "invalid-tunnel-interface", 1);
        row("slash", setOn(1, QStringLiteral("a/b")), "invalid-tunnel-interface", 1);
        row("leading dot", setOn(1, QStringLiteral(".x")), "invalid-tunnel-interface", 1);
        row("empty", setOn(1, QString()), "invalid-tunnel-interface", 1);
        row("a number", setOn(1, 7), "invalid-tunnel-interface", 1);
        row("an array", setOn(1, QJsonArray{QStringLiteral("xfrm1")}), "invalid-tunnel-interface", 1);
        row("other platforms ignore it",
            [](Topology &t) {
                t.sites[1].platform = Platform::Mikrotik;
                t.sites[1].extra.insert(QStringLiteral("tunnelInterface"), QStringLiteral("xfrm1"));
            },
            "tunnel-interface-ignored", 1, {"sites[1].tunnelInterface"});
    }

    void findings() { verifyFindingRow(); }
};

QTEST_GUILESS_MAIN(TestTunnelInterfaceCheck)
#include "tst_tunnelinterfacecheck.moc"
