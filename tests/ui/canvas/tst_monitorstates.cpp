// Monitor states on the canvas: a site gets an outline, a link its line, in
// the StateColors colour; Unknown draws the item as before; states survive a
// rebuild; only the item whose state changed repaints, and setting the same
// state again repaints nothing.
#include "core/io/exampletopology.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"
#include "ui/document/topologydocument.h"
#include "ui/monitor/statecolors.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString kHq = QStringLiteral("hq");
const QString kSiteA = QStringLiteral("site-a");
const QString kLink = QStringLiteral("hq-site-a");

// Pixels close to `colour` in the scene area of `item`.
int countColour(QGraphicsScene *scene, const QGraphicsItem *item, const QColor &colour)
{
    const QRectF area = item->sceneBoundingRect();
    QImage image(area.size().toSize() * 2, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene->render(&painter, QRectF(image.rect()), area);
    painter.end();
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) < 20 && qAbs(c.green() - colour.green()) < 20
                && qAbs(c.blue() - colour.blue()) < 20)
                ++n;
        }
    }
    return n;
}

} // namespace

class TestMonitorStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_document = new TopologyDocument;
        m_document->reset(ExampleTopology::topology());
        m_scene = new TopologyScene(m_document);
    }

    void cleanup()
    {
        delete m_scene;
        delete m_document;
    }

    void statesAreDrawnInTheirColour_data()
    {
        QTest::addColumn<bool>("site");
        QTest::addColumn<int>("state");
        for (const bool site : {true, false}) {
            for (const TargetState s : {TargetState::Up, TargetState::Degraded, TargetState::Down})
                QTest::addRow("%s %s", site ? "site" : "link", qPrintable(TargetStates::toString(s)))
                    << site << int(s);
        }
    }

    void statesAreDrawnInTheirColour()
    {
        QFETCH(bool, site);
        QFETCH(int, state);
        const TargetState s = TargetState(state);
        const QColor colour = StateColors::color(s);
        QGraphicsItem *item = site ? static_cast<QGraphicsItem *>(m_scene->siteItem(kHq))
                                   : m_scene->linkItem(kLink);
        QCOMPARE(countColour(m_scene, item, colour), 0);

        if (site)
            m_scene->setSiteMonitorState(kHq, s);
        else
            m_scene->setLinkMonitorState(kLink, s);
        QCOMPARE(site ? m_scene->siteItem(kHq)->monitorState()
                      : m_scene->linkItem(kLink)->monitorState(),
                 s);
        QCOMPARE(site ? m_scene->siteMonitorState(kHq) : m_scene->linkMonitorState(kLink), s);
        QVERIFY2(countColour(m_scene, item, colour) > 200,
                 qPrintable(QString::number(countColour(m_scene, item, colour))));
        QVERIFY2(item->toolTip().contains(QStringLiteral("Monitor: %1").arg(StateColors::label(s))),
                 qPrintable(item->toolTip()));
        // The other site is untouched.
        QCOMPARE(m_scene->siteItem(kSiteA)->monitorState(), TargetState::Unknown);

        m_scene->clearMonitorStates();
        QCOMPARE(countColour(m_scene, item, colour), 0);
        QVERIFY(!item->toolTip().contains(QLatin1String("Monitor:")));
    }

    void onlyTheChangedItemRepaints()
    {
        SiteItem *hq = m_scene->siteItem(kHq);
        const QRectF hqArea = hq->sceneBoundingRect();
        const QRectF otherArea = m_scene->siteItem(kSiteA)->sceneBoundingRect();
        QTest::qWait(20); // the scene reports its first paint
        QSignalSpy changed(m_scene, &QGraphicsScene::changed);

        m_scene->setSiteMonitorState(kHq, TargetState::Down);
        QTRY_VERIFY(changed.count() > 0);
        QTest::qWait(20);
        for (const QList<QVariant> &emission : std::as_const(changed)) {
            const auto regions = emission.at(0).value<QList<QRectF>>();
            for (const QRectF &r : regions) {
                QVERIFY2(hqArea.adjusted(-1, -1, 1, 1).contains(r),
                         qPrintable(QStringLiteral("a repaint outside the site: %1,%2 %3x%4")
                                        .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
                QVERIFY(!r.intersects(otherArea));
            }
        }
        changed.clear();

        // The same state again: nothing to repaint.
        m_scene->setSiteMonitorState(kHq, TargetState::Down);
        m_scene->setLinkMonitorState(kLink, TargetState::Unknown);
        QTest::qWait(20);
        QCOMPARE(changed.count(), 0);
    }

    void statesSurviveARebuild()
    {
        m_scene->setSiteMonitorState(kSiteA, TargetState::Degraded);
        m_scene->setLinkMonitorState(kLink, TargetState::Down);
        m_document->reset(ExampleTopology::topology()); // new items
        QCOMPARE(m_scene->siteItem(kSiteA)->monitorState(), TargetState::Degraded);
        QCOMPARE(m_scene->linkItem(kLink)->monitorState(), TargetState::Down);
        QCOMPARE(m_scene->siteItem(kHq)->monitorState(), TargetState::Unknown);
    }

    void unknownIdsAreKeptForLater()
    {
        m_scene->setSiteMonitorState(QStringLiteral("later"), TargetState::Up);
        Topology t = ExampleTopology::topology();
        Site s;
        s.id = QStringLiteral("later");
        t.sites << s;
        m_document->reset(t);
        QCOMPARE(m_scene->siteItem(QStringLiteral("later"))->monitorState(), TargetState::Up);
    }

private:
    TopologyDocument *m_document = nullptr;
    TopologyScene *m_scene = nullptr;
};

QTEST_MAIN(TestMonitorStates)
#include "tst_monitorstates.moc"
