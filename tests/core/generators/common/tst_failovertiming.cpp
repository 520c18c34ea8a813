#include "core/generators/common/failovertiming.h"
#include "core/model/topologyindex.h"

#include <QTest>

// FailoverTiming: the generated detection bound and the one rule every
// generator uses for which links must notice a lost path fast.
namespace {

Site site(const QString &id, SiteRole role)
{
    Site s;
    s.id = id;
    s.role = role;
    return s;
}

Link link(const QString &id, const QString &from, const QString &to, LinkRole role)
{
    Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.role = role;
    return l;
}

// hub "a" and hub "b"; gateway "g" has a primary to a and a backup to b;
// gateway "h" has one primary to a.
Topology twoHubs()
{
    Topology t;
    t.sites = {site("a", SiteRole::Hub), site("b", SiteRole::Hub), site("g", SiteRole::Gateway),
               site("h", SiteRole::Gateway)};
    t.links = {link("a-g", "a", "g", LinkRole::Primary), link("b-g", "b", "g", LinkRole::Backup),
               link("a-h", "a", "h", LinkRole::Primary)};
    return t;
}

} // namespace

class TestFailoverTiming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectionIsDpdPlusEveryRetransmit()
    {
        // 10 s + 2 * (1 + 1.4 + 1.96 + 2.744) = 24.208 s (docs/failover.md).
        QCOMPARE(qRound(FailoverTiming::detectionSeconds() * 1000), 24208);
    }

    void linksOfAGatewayWithABackupFailOverFromBothEnds()
    {
        const Topology t = twoHubs();
        const TopologyIndex index(t);
        const Site &a = t.sites[0], &b = t.sites[1], &g = t.sites[2], &h = t.sites[3];
        QVERIFY(FailoverTiming::linkFailsOver(index, t.links[0], g, a)); // primary of g
        QVERIFY(FailoverTiming::linkFailsOver(index, t.links[0], a, g)); // hub's end of it
        QVERIFY(FailoverTiming::linkFailsOver(index, t.links[1], g, b)); // the backup
        QVERIFY(FailoverTiming::linkFailsOver(index, t.links[1], b, g));
        QVERIFY(!FailoverTiming::linkFailsOver(index, t.links[2], h, a)); // h has one path
        QVERIFY(!FailoverTiming::linkFailsOver(index, t.links[2], a, h)); // a has a backup elsewhere
    }
};

QTEST_GUILESS_MAIN(TestFailoverTiming)
#include "tst_failovertiming.moc"
