// Our icon set: every SVG under resources/icons is compiled in (icons.qrc),
// draws through Qt's SVG plugin at 1x and 2x, has a dark-palette copy with a
// light stroke, and a desktop theme's icon wins over ours when it has one.
#include "iconcheck.h"
#include "ui/icons/appicons.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>

namespace
{

const QString kIconDir = QStringLiteral(ROUTESTUDIO_SOURCE_DIR "/resources/icons");

QStringList sourceNames()
{
    QStringList names;
    for (const QString &f :
         QDir(kIconDir).entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name))
        names.append(f.chopped(4));
    return names;
}

} // namespace

class TestAppIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No desktop theme: AppIcons::icon() must come from our own files.
        QIcon::setThemeSearchPaths({});
    }

    void everySourceSvgIsCompiledIn()
    {
        const QStringList names = sourceNames();
        QVERIFY(names.size() >= 20);
        QCOMPARE(AppIcons::ownNames(), names);
    }

    void iconDraws_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : sourceNames())
            QTest::newRow(qPrintable(n)) << n;
    }

    void iconDraws()
    {
        QFETCH(QString, name);
        for (const bool dark : {false, true}) {
            const QIcon icon = AppIcons::own(name, dark);
            QVERIFY2(!icon.isNull(), qPrintable(name + QStringLiteral(": no such resource")));
            // 24 px is 576 pixels: a real glyph covers a good share of them.
            const int at1x = IconCheck::paintedPixels(icon, 24, 1.0);
            QVERIFY2(at1x > 40, qPrintable(QStringLiteral("%1 (dark %2) draws %3 pixels: is the "
                                                          "Qt SVG plugin (libqt6svg6) missing?")
                                               .arg(name)
                                               .arg(dark)
                                               .arg(at1x)));
            // High-DPI: the SVG is drawn at 48 device pixels, not a scaled 24 px bitmap.
            const QPixmap hi = icon.pixmap(QSize(24, 24), 2.0);
            QCOMPARE(hi.size(), QSize(48, 48));
            QVERIFY(IconCheck::paintedPixels(icon, 24, 2.0) > 3 * at1x);
        }
        QVERIFY(!AppIcons::icon(name).isNull());
    }

    // Window title bars and the tray: the .deb's own SVG, compiled in.
    void applicationIconDraws()
    {
        const QIcon icon = AppIcons::application();
        QVERIFY(!icon.isNull());
        // A filled rounded square: most of its 64x64 pixels are opaque.
        QVERIFY2(IconCheck::paintedPixels(icon, 64) > 3000,
                 "the application icon does not draw: is application.qrc linked in?");
    }

    void darkCopiesUseTheLightStroke_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : sourceNames()) {
            QFile f(kIconDir + u'/' + n + QStringLiteral(".svg"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            if (f.readAll().contains("#37474f"))
                QTest::newRow(qPrintable(n)) << n;
        }
    }

    void darkCopiesUseTheLightStroke()
    {
        QFETCH(QString, name);
        const int light = IconCheck::meanLightness(AppIcons::own(name, false));
        const int dark = IconCheck::meanLightness(AppIcons::own(name, true));
        QVERIFY2(light >= 0 && dark > light + 40,
                 qPrintable(QStringLiteral("%1: lightness %2 (light palette) vs %3 (dark)")
                                .arg(name)
                                .arg(light)
                                .arg(dark)));
    }

    void paletteChoosesTheCopy()
    {
        const QString name = QStringLiteral("document-open");
        const QPalette light = QGuiApplication::palette();
        QVERIFY(!AppIcons::darkPalette());
        QCOMPARE(IconCheck::image(AppIcons::icon(name)),
                 IconCheck::image(AppIcons::own(name, false)));
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QGuiApplication::setPalette(dark);
        QVERIFY(AppIcons::darkPalette());
        QCOMPARE(IconCheck::image(AppIcons::icon(name)),
                 IconCheck::image(AppIcons::own(name, true)));
        QVERIFY(IconCheck::image(AppIcons::own(name, true)) !=
                IconCheck::image(AppIcons::own(name, false)));
        QGuiApplication::setPalette(light);
    }

    void unknownNameIsNull()
    {
        QVERIFY(AppIcons::own(QStringLiteral("no-such-icon")).isNull());
        QVERIFY(AppIcons::icon(QStringLiteral("no-such-icon")).isNull());
    }

    void desktopThemeWins()
    {
        // A minimal freedesktop theme with one icon: it replaces ours, the rest stays ours.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("testtheme/24x24/actions")));
        QFile index(dir.filePath(QStringLiteral("testtheme/index.theme")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=testtheme\nDirectories=24x24/actions\n\n"
                    "[24x24/actions]\nSize=24\nType=Fixed\n");
        index.close();
        QImage red(24, 24, QImage::Format_ARGB32);
        red.fill(Qt::red);
        QVERIFY(
            red.save(dir.filePath(QStringLiteral("testtheme/24x24/actions/document-open.png"))));
        QIcon::setThemeSearchPaths({dir.path()});
        QIcon::setThemeName(QStringLiteral("testtheme"));

        const QIcon open = AppIcons::icon(QStringLiteral("document-open"));
        QCOMPARE(open.name(), QStringLiteral("document-open"));
        QCOMPARE(IconCheck::image(open).pixel(12, 12), QColor(Qt::red).rgb());
        const QIcon save = AppIcons::icon(QStringLiteral("document-save"));
        QVERIFY(save.name().isEmpty()); // ours, from the resource
        QCOMPARE(IconCheck::image(save),
                 IconCheck::image(AppIcons::own(QStringLiteral("document-save"))));

        QIcon::setThemeName(QString());
        QIcon::setThemeSearchPaths({});
    }
};

QTEST_MAIN(TestAppIcons)
#include "tst_appicons.moc"
