#include "core/check/activepaths.h"
#include "core/generators/generationplan.h"
#include "tests/core/fixturefiles.h"

#include <QTest>

// Which path carries traffic now (issue 16 item 5, docs/failover.md), from a
// box's live routes: branch of the failover fixture has the primary hq-branch
// (xfrm0, metric 0) and the backup hq-branch-backup (xfrm0-b, metric 100) to
// the hub's 10.10.0.0/24.
namespace {

const QString kData = QStringLiteral(ROUTESTUDIO_TEST_DATA "/topologies/failover");

LiveRoute route(const char *dev, int metric)
{
    LiveRoute r;
    r.destination = Ipv4Prefix::parse(u"10.10.0.0/24");
    r.dev = QString::fromLatin1(dev);
    r.metric = metric;
    return r;
}

} // namespace

class TestActivePaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLowestMetricRouteTellsThePath_data()
    {
        QTest::addColumn<QList<LiveRoute>>("routes");
        QTest::addColumn<QStringList>("active");
        QTest::newRow("both up: the primary") << QList<LiveRoute>{route("xfrm0", 0), route("xfrm0-b", 100)}
                                             << QStringList{"hq-branch"};
        QTest::newRow("failed over: the backup") << QList<LiveRoute>{route("xfrm0-b", 100)}
                                                 << QStringList{"hq-branch-backup"};
        QTest::newRow("neither") << QList<LiveRoute>{} << QStringList{};
        QTest::newRow("out of the tunnels") << QList<LiveRoute>{route("eth0", 0)} << QStringList{};
    }

    void theLowestMetricRouteTellsThePath()
    {
        QFETCH(QList<LiveRoute>, routes);
        QFETCH(QStringList, active);
        const Topology t = FixtureFiles::topology(kData);
        const Secrets s = FixtureFiles::secrets(kData);
        const GenerationPlan plan(t, s);
        QVERIFY(plan.ok());
        LiveState live;
        live.routes = routes;
        live.links = QList<LiveLink>{};
        const QSet<QString> got = ActivePaths::of(LinuxSitePlan(plan.input(), *t.site(QStringLiteral("branch"))), live);
        QCOMPARE(got, QSet<QString>(active.cbegin(), active.cend()));
    }

    // A route shown under the kernel's name of the planned interface counts.
    void anAltnameIsTheInterface()
    {
        const Topology t = FixtureFiles::topology(kData);
        const Secrets s = FixtureFiles::secrets(kData);
        const GenerationPlan plan(t, s);
        LiveState live;
        live.routes = QList<LiveRoute>{route("ipsec0", 0)};
        live.links = QList<LiveLink>{{QStringLiteral("ipsec0"), 1420, {QStringLiteral("xfrm0")}}};
        QCOMPARE(ActivePaths::of(LinuxSitePlan(plan.input(), *t.site(QStringLiteral("branch"))), live),
                 QSet<QString>{QStringLiteral("hq-branch")});
    }
};

QTEST_GUILESS_MAIN(TestActivePaths)
#include "tst_activepaths.moc"
