#include "core/io/exampletopology.h"
#include "ui/canvas/topologyscene.h"
#include "ui/canvas/topologyview.h"
#include "ui/document/topologydocument.h"

#include <QApplication>
#include <QTest>
#include <QWheelEvent>

// Zoom limits agree with fitAll(): from a fitted overview, even of a large
// topology whose fit is below 5 %, the wheel zooms out and back in in even
// steps, never jumping and never moving the wrong way.
class TestTopologyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wheelFromFit_data();
    void wheelFromFit();
    void zoomOutNeverZoomsIn();
};

namespace {

constexpr qreal kStep = 1.2; // one wheel notch

// `count` sites on a grid `spacing` apart.
Topology grid(int count, qreal spacing)
{
    Topology t;
    t.name = QStringLiteral("grid");
    const int columns = 40;
    for (int i = 0; i < count; ++i) {
        Site s;
        s.id = QStringLiteral("gw-%1").arg(i);
        s.name = s.id;
        s.role = SiteRole::Gateway;
        t.sites << s;
        t.layout.insert(s.id, QPointF((i % columns) * spacing, (i / columns) * spacing));
    }
    return t;
}

void wheel(TopologyView &view, int notches)
{
    const QPointF at = QPointF(view.viewport()->rect().center());
    QWheelEvent event(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &event);
}

} // namespace

void TestTopologyView::wheelFromFit_data()
{
    QTest::addColumn<Topology>("topology");
    QTest::addColumn<bool>("fitBelowFivePercent");
    QTest::newRow("example") << ExampleTopology::topology() << false;
    QTest::newRow("1,000 sites") << grid(1000, 600) << true;
}

void TestTopologyView::wheelFromFit()
{
    QFETCH(Topology, topology);
    QFETCH(bool, fitBelowFivePercent);
    TopologyDocument document;
    document.reset(topology);
    TopologyScene scene(&document);
    TopologyView view;
    view.setScene(&scene);
    view.resize(800, 600);
    view.show();
    view.fitAll();
    const qreal fit = view.zoom();
    QCOMPARE(fit < 0.05, fitBelowFivePercent);
    QVERIFY2(view.minimumZoom() <= fit / 1.9,
             qPrintable(QStringLiteral("min %1, fit %2").arg(view.minimumZoom()).arg(fit)));

    // Three notches out and three back in: even steps, back at the fit.
    for (int i = 1; i <= 3; ++i) {
        wheel(view, -1);
        QVERIFY2(qFuzzyCompare(view.zoom(), fit / qPow(kStep, i)),
                 qPrintable(QString::number(view.zoom())));
    }
    for (int i = 2; i >= 0; --i) {
        wheel(view, 1);
        QVERIFY2(qFuzzyCompare(view.zoom(), fit / qPow(kStep, i)),
                 qPrintable(QString::number(view.zoom())));
    }
    // In from the fit: one step, not a jump to a limit.
    wheel(view, 1);
    QVERIFY(qFuzzyCompare(view.zoom(), fit * kStep));
    wheel(view, -1);
    QVERIFY(qFuzzyCompare(view.zoom(), fit));

    // All the way out: down in steps of at most one notch, stopping at the minimum.
    qreal last = view.zoom();
    for (int i = 0; i < 20; ++i) {
        wheel(view, -1);
        QVERIFY(view.zoom() <= last);
        QVERIFY(view.zoom() >= last / kStep * 0.999);
        last = view.zoom();
    }
    QVERIFY(qFuzzyCompare(last, view.minimumZoom()));
    // And in again: up in steps of at most one notch.
    for (int i = 0; i < 10; ++i) {
        wheel(view, 1);
        QVERIFY(view.zoom() > last);
        QVERIFY(view.zoom() <= last * kStep * 1.001);
        last = view.zoom();
    }
}

void TestTopologyView::zoomOutNeverZoomsIn()
{
    TopologyDocument document;
    document.reset(grid(1000, 600));
    TopologyScene scene(&document);
    TopologyView view;
    view.setScene(&scene);
    view.resize(400, 300);
    view.show();
    view.fitAll();
    const qreal fit = view.zoom();
    view.resize(1600, 1200); // the limit now lies above the small window's fit
    QVERIFY(view.minimumZoom() > fit);
    wheel(view, -1);
    QCOMPARE(view.zoom(), fit);
    view.zoomOut();
    QCOMPARE(view.zoom(), fit);
    wheel(view, 1);
    QVERIFY(qFuzzyCompare(view.zoom(), fit * kStep));
}

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
