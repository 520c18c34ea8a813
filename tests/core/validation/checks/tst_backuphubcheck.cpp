#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

// A profile's backup hub (issue 16, docs/failover.md) on edits of the seed:
// hub hq (203.0.113.10, pool 10.8.0.0/24), gateway site-a, profile staff
// (routes 10.10.0.0/16 and 10.20.0.0/16, users alice and bob).
namespace {

// Hub dr beside hq, its own pool, a backup link to site-a; staff's backup.
void addDr(Topology &t)
{
    t.sites.append(hub(QStringLiteral("dr"), {"10.30.0.0/16"}, "10.9.0.0/24", "10.9.0.1",
                       QStringLiteral("192.0.2.30")));
    Link l = link(QStringLiteral("dr-site-a"), QStringLiteral("dr"), QStringLiteral("site-a"));
    l.role = LinkRole::Backup;
    t.links.append(l);
    t.profiles[0].backupHub = QStringLiteral("dr");
}

} // namespace

class TestBackupHubCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        row("seed: no backup-hub-same", [](Topology &) {}, "backup-hub-same", 0);
        row("a backup hub that serves the profile", &addDr, "unknown-site", 0);
        row("a route the backup hub cannot forward", &addDr, "route-not-covered", 1,
            {"profiles[0].routes[0]"}, "route 10.10.0.0/16 of profile staff is not covered by a LAN of hub dr");
        row("a profile without routes: what its hub reaches, the backup does not",
            [](Topology &t) {
                addDr(t);
                t.profiles[0].routes.clear();
            },
            "route-not-covered", 1, {"profiles[0].backupHub"},
            "profile staff lists no routes, so its clients get what hub hq reaches, 10.10.0.0/16 "
            "among them; through its backup hub dr nothing forwards 10.10.0.0/16");
        row("a profile without routes whose backup reaches all of it",
            [](Topology &t) {
                addDr(t);
                t.profiles[0].routes.clear();
                t.sites[2].lans.append(prefix("10.10.0.0/16")); // dr serves hq's LAN too
            },
            "route-not-covered", 0);
        row("unknown backup hub",
            [](Topology &t) { t.profiles[0].backupHub = QStringLiteral("nowhere"); },
            "unknown-site", 1, {"profiles[0].backupHub"}, "refers to backup hub \"nowhere\"");
        row("backup hub is a gateway",
            [](Topology &t) { t.profiles[0].backupHub = QStringLiteral("site-a"); },
            "profile-hub-not-hub", 1, {"profiles[0].backupHub", "sites[1].role"},
            "profile staff connects to site site-a, which is a gateway");
        row("backup hub without remote access",
            [](Topology &t) {
                addDr(t);
                t.sites[2].remoteAccess.reset();
            },
            "hub-without-remote-access", 1, {"profiles[0].backupHub", "sites[2]"},
            "profile staff connects to hub dr");
        row("backup hub is the hub",
            [](Topology &t) { t.profiles[0].backupHub = QStringLiteral("hq"); },
            "backup-hub-same", 1, {"profiles[0].backupHub"}, "names hub hq as its backup hub too");
        row("backup hub at the hub's address",
            [](Topology &t) {
                addDr(t);
                t.links.removeLast(); // only the profile's backup, not a link's
                t.sites[2].publicAddress = QStringLiteral("203.0.113.10");
            },
            "backup-same-address", 1, {"profiles[0].backupHub"},
            "backup hub dr of profile staff has the public address 203.0.113.10 of hub hq");
        row("another PSK on the backup hub",
            [](Topology &t) {
                addDr(t);
                Profile other = t.profiles[0];
                other.id = QStringLiteral("dr-staff");
                other.hub = QStringLiteral("dr");
                other.backupHub.clear();
                other.secret = QStringLiteral("hq-site-a");
                t.profiles.append(other);
            },
            "psk-conflict", 1, {"profiles[0].secret", "profiles[1].secret"},
            "profiles staff and dr-staff of hub dr use different pre-shared keys");
        row("the backup's pool must hold every user",
            [](Topology &t) {
                addDr(t);
                t.sites[2].remoteAccess->pool = prefix("10.9.0.0/30");
            },
            "pool-too-small", 1, {}, "pool 10.9.0.0/30 of hub dr has 1 usable client address(es)");
    }

    void findings() { verifyFindingRow(); }
};

QTEST_GUILESS_MAIN(TestBackupHubCheck)
#include "tst_backuphubcheck.moc"
