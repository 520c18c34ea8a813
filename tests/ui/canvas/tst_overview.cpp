#include "core/io/exampletopology.h"
#include "ui/canvas/canvaspalette.h"
#include "ui/canvas/siteitem.h"
#include "ui/canvas/topologyscene.h"
#include "ui/canvas/topologyview.h"
#include "ui/document/topologydocument.h"

#include <QImage>
#include <QPainter>
#include <QTest>

// Below DetailLevel::kOverview the items draw plain blocks and hairlines
// (bench/editor says why); what matters must still show: findings mark the
// sites at every zoom, and the link is drawn.
class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksShowAtEveryZoom_data();
    void marksShowAtEveryZoom();
};

namespace {

int pixelsOf(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += qRed(line[x]) == color.red() && qGreen(line[x]) == color.green()
                         && qBlue(line[x]) == color.blue()
                     ? 1
                     : 0;
    }
    return n;
}

} // namespace

void TestOverview::marksShowAtEveryZoom_data()
{
    QTest::addColumn<qreal>("zoom");
    QTest::addColumn<bool>("marked");
    QTest::newRow("overview, error") << 0.1 << true;
    QTest::newRow("overview, clean") << 0.1 << false;
    QTest::newRow("detail, error") << 1.0 << true;
    QTest::newRow("detail, clean") << 1.0 << false;
}

void TestOverview::marksShowAtEveryZoom()
{
    QFETCH(qreal, zoom);
    QFETCH(bool, marked);
    TopologyDocument document;
    document.reset(ExampleTopology::topology());
    TopologyScene scene(&document);
    if (marked) {
        Finding f;
        f.code = QStringLiteral("lan-overlap");
        f.message = QStringLiteral("test");
        f.objects = QStringList{QStringLiteral("site-a")};
        scene.setFindings({f});
    }
    TopologyView view;
    view.setScene(&scene);
    view.resize(800, 600);
    view.show();
    view.setTransform(QTransform::fromScale(zoom, zoom));
    view.centerOn(scene.siteItem(QStringLiteral("site-a")));
    QImage image(view.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        view.render(&painter);
    }
    const int red = pixelsOf(image, CanvasPalette::severityColor(Finding::Severity::Error));
    QVERIFY2(marked ? red > 0 : red == 0, qPrintable(QString::number(red)));
    // Both sites are drawn in their platform colour at either level.
    QVERIFY(pixelsOf(image, CanvasPalette::platformColor(Platform::LinuxStrongswan)) > 0);
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
