#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

// Failover findings (issue 16, docs/failover.md) on edits of the seed: hub hq,
// gateway site-a (198.51.100.20), link hq-site-a.
namespace {

Link backupLink(const QString &id, const QString &from, const QString &to)
{
    Link l = link(id, from, to);
    l.role = LinkRole::Backup;
    return l;
}

void addBackup(Topology &t)
{
    t.links.append(backupLink(QStringLiteral("hq-site-a-b"), QStringLiteral("hq"), QStringLiteral("site-a")));
}

void addSecondUplink(Topology &t)
{
    addBackup(t);
    t.sites[1].backupAddress = QStringLiteral("198.51.100.21");
}

// hub2 beside hq, and gateway site-b linked to both hubs like site-a.
void twoHubsTwoGateways(Topology &t)
{
    t.sites.append(hub(QStringLiteral("hub2"), {"10.40.0.0/16"}, nullptr, nullptr, QStringLiteral("192.0.2.40")));
    t.sites.append(gateway(QStringLiteral("site-b"), {"10.30.0.0/16"}, QStringLiteral("198.51.100.30")));
    t.links.append(link(QStringLiteral("hub2-site-a"), QStringLiteral("hub2"), QStringLiteral("site-a")));
    t.links.append(link(QStringLiteral("hq-site-b"), QStringLiteral("hq"), QStringLiteral("site-b")));
    t.links.append(link(QStringLiteral("hub2-site-b"), QStringLiteral("hub2"), QStringLiteral("site-b")));
}

// site-a linked to ten more hubs, all primary: hub-0 .. hub-9 with LANs
// 10.100.0.0/16 .. 10.109.0.0/16; `clash` gives hub-7 hub-2's LAN too.
void tenHubs(Topology &t, bool clash)
{
    for (int i = 0; i < 10; ++i) {
        const QString id = QStringLiteral("hub-%1").arg(i);
        const QByteArray lan = QStringLiteral("10.%1.0.0/16").arg(100 + (clash && i == 7 ? 2 : i)).toLatin1();
        t.sites.append(hub(id, {lan.constData()}, nullptr, nullptr, QStringLiteral("192.0.2.%1").arg(100 + i)));
        t.links.append(link(id + QStringLiteral("-site-a"), id, QStringLiteral("site-a")));
    }
}

} // namespace

class TestFailoverCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        for (const char *code : {"critical-single-path", "backup-same-address", "backup-prefix-mismatch",
                                 "equal-metric-hubs", "backup-link-unsupported"})
            row(qPrintable(QStringLiteral("seed: no %1").arg(QLatin1String(code))), [](Topology &) {}, code, 0);
        row("critical site with one link", [](Topology &t) { t.sites[1].critical = true; },
            "critical-single-path", 1, {"sites[1].critical"}, "site site-a is marked critical but has 1 path(s)");
        row("critical site with a backup link",
            [](Topology &t) {
                t.sites[1].critical = true;
                addSecondUplink(t);
            },
            "critical-single-path", 0);
        row("backup between the same addresses", &addBackup, "backup-same-address", 1, {"links[1]"},
            "backup link hq-site-a-b runs between the same addresses as primary link hq-site-a");
        row("backup over a second uplink", &addSecondUplink, "backup-same-address", 0);
        row("a backup beside its primary is no duplicate", &addSecondUplink, "duplicate-link", 0);
        row("two primaries are still duplicates",
            [](Topology &t) { t.links.append(link(QStringLiteral("again"), QStringLiteral("hq"), QStringLiteral("site-a"))); },
            "duplicate-link", 1);
        row("backup address = public address",
            [](Topology &t) {
                addBackup(t);
                t.sites[1].backupAddress = t.sites[1].publicAddress;
            },
            "backup-same-address", 2, {"sites[1].backupAddress"}, "as backup address too");
        row("backup address not an address",
            [](Topology &t) { t.sites[1].backupAddress = QStringLiteral("-bad-.\n"); },
            "invalid-address", 1, {"sites[1].backupAddress"}, "is neither an IPv4 address nor a DNS name");
        row("backup over L2TP",
            [](Topology &t) {
                addSecondUplink(t);
                t.links[1].transport = Transport::L2tp;
                t.links[1].ike = IkeVersion::Ikev1;
            },
            "backup-link-unsupported", 1, {"links[1].role"}, "failover for IPsec links only");
        row("backup on MikroTik to a Linux hub over IKEv2",
            [](Topology &t) {
                addSecondUplink(t);
                t.sites[1].platform = Platform::Mikrotik;
                for (Link &l : t.links)
                    l.ike = IkeVersion::Ikev2;
            },
            "backup-link-unsupported", 0);
        row("backup on pfSense to a pfSense hub over IKEv2",
            [](Topology &t) {
                addSecondUplink(t);
                t.sites[0].platform = Platform::Pfsense;
                t.sites[1].platform = Platform::Pfsense;
                for (Link &l : t.links)
                    l.ike = IkeVersion::Ikev2;
            },
            "backup-link-unsupported", 0);
        // Both links of the gateway fail over, so both are probed: one finding each.
        row("probed failover over IKEv1",
            [](Topology &t) {
                addSecondUplink(t);
                t.sites[1].platform = Platform::Mikrotik;
                for (Link &l : t.links)
                    l.ike = IkeVersion::Ikev1;
            },
            "backup-link-unsupported", 2, {"links[0].ike"},
            "link hq-site-a fails over by a probe of its mikrotik end (site site-a) across the tunnel, which needs IKEv2");
        row("probed failover to a Cisco end",
            [](Topology &t) {
                addSecondUplink(t);
                t.sites[0].platform = Platform::CiscoIos;
                t.sites[1].platform = Platform::Pfsense;
                for (Link &l : t.links)
                    l.ike = IkeVersion::Ikev2;
            },
            "backup-link-unsupported", 2, {"links[0].role"},
            "which site hq (cisco-ios) does not answer");
        row("a primary link without a backup is not probed",
            [](Topology &t) {
                t.sites[1].platform = Platform::Mikrotik;
                t.sites[0].platform = Platform::CiscoIos;
            },
            "backup-link-unsupported", 0);
        row("backup to a second hub without the primary's LANs",
            [](Topology &t) {
                t.sites.append(hub(QStringLiteral("hub2"), {"10.40.0.0/16"}, nullptr, nullptr, QStringLiteral("192.0.2.40")));
                t.links.append(backupLink(QStringLiteral("hub2-site-a"), QStringLiteral("hub2"), QStringLiteral("site-a")));
            },
            "backup-prefix-mismatch", 1, {"links[1]"},
            "backup link hub2-site-a (to hub hub2) does not carry 10.10.0.0/16, which primary link hq-site-a");
        row("two gateways on two hubs, all primary", &twoHubsTwoGateways, "equal-metric-hubs", 2,
            {"links[1].metric"}, "site site-a reaches 10.30.0.0/16 through hubs hq and hub2");
        row("two gateways on two hubs, second hub's links backup",
            [](Topology &t) {
                twoHubsTwoGateways(t);
                t.links[1].role = LinkRole::Backup;
                t.links[3].role = LinkRole::Backup;
            },
            "equal-metric-hubs", 0);
        // More than eight hubs at one metric: one pass by prefix, not every pair
        // (an imported box with thousands of peers made validation quadratic).
        row("ten equal-metric hubs, distinct LANs", [](Topology &t) { tenHubs(t, false); },
            "equal-metric-hubs", 0);
        row("ten equal-metric hubs, two with one LAN", [](Topology &t) { tenHubs(t, true); },
            "equal-metric-hubs", 1, {"links[8].metric"},
            "site site-a reaches 10.102.0.0/16 through hubs hub-2 and hub-7");
        row("two gateways on two hubs, metrics differ",
            [](Topology &t) {
                twoHubsTwoGateways(t);
                t.links[1].metric = 20;
                t.links[3].metric = 20;
            },
            "equal-metric-hubs", 0);
    }

    void findings() { verifyFindingRow(); }
};

QTEST_GUILESS_MAIN(TestFailoverCheck)
#include "tst_failovercheck.moc"
