#include "../../core/monitor/fakeprober.h"
#include "core/io/topologyreader.h"
#include "ui/monitor/monitorwidget.h"
#include "ui/monitor/pathsummary.h"

#include "core/monitor/tunnelmonitor.h"

#include <QLabel>
#include <QTest>

// The Monitor dock's "Paths" box (issue 16, docs/failover.md): which path of a
// checked site carries traffic now, from what File → Check Boxes… found.
class TestPathSummary : public QObject
{
    Q_OBJECT

    static Topology failover()
    {
        LoadError error;
        const auto t = TopologyReader::fromFile(
            QStringLiteral(ROUTESTUDIO_TEST_DATA "/topologies/failover.topology.json"), &error);
        if (!t)
            qFatal("%s", qPrintable(error.toString()));
        return *t;
    }

private Q_SLOTS:
    void saysWhichPathCarriesTraffic()
    {
        const Topology t = failover();
        // The branch's box routes over its backup; the hub's over the primary.
        const QMap<QString, QSet<QString>> active{
            {QStringLiteral("branch"), {QStringLiteral("hq-branch-backup")}},
            {QStringLiteral("hq"), {QStringLiteral("hq-branch")}}};
        const QStringList lines = PathSummary::lines(t, active);
        QCOMPARE(lines, (QStringList{
            QStringLiteral("branch: hq-branch (primary) idle; hq-branch-backup (backup) carries traffic now"),
            QStringLiteral("hq: hq-branch (primary) carries traffic now; hq-branch-backup (backup) idle")}));
    }

    void unCheckedAndSinglePathSitesAreLeftOut()
    {
        Topology t = failover();
        QCOMPARE(PathSummary::lines(t, {}), QStringList());
        t.links.removeLast(); // one path left: nothing to choose
        QCOMPARE(PathSummary::lines(t, {{QStringLiteral("branch"), {QStringLiteral("hq-branch")}}}),
                 QStringList());
    }

    void theMonitorWidgetShowsThem()
    {
        FakeProber prober;
        TunnelMonitor monitor(&prober);
        MonitorWidget widget(&monitor);
        QVERIFY(widget.pathsLabel()->text().contains(QStringLiteral("File → Check Boxes…")));
        widget.setPathLines({QStringLiteral("branch: hq-branch (primary) idle")});
        QCOMPARE(widget.pathsLabel()->text(), QStringLiteral("branch: hq-branch (primary) idle"));
        widget.setPathsShown(true);
        widget.show();
        QVERIFY(widget.pathsLabel()->isVisible());
    }
};

QTEST_MAIN(TestPathSummary)
#include "tst_pathsummary.moc"
