// The editor's toolbar and menus: every toolbar action shows an icon that
// really draws (our SVGs through the qrc and Qt's SVG plugin), a tooltip, and
// the shortcut in that tooltip; the undo tooltip follows the undo stack; the
// findings panel does not cut the finding codes.
#include "../icons/iconcheck.h"
#include "core/io/exampletopology.h"
#include "ui/editor/editorsession.h"
#include "ui/files/recentfiles.h"
#include "ui/findings/findingsmodel.h"
#include "ui/findings/findingspanel.h"
#include "ui/icons/appicons.h"
#include "ui/mainwindow/editordocks.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/secrets/secretsstore.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <memory>

class TestMainWindowIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QIcon::setThemeSearchPaths({}); // no desktop theme: the icons must be ours
    }
    void init();
    void cleanup();
    void toolbarActionsHaveIconsTooltipsAndShortcuts();
    void menuActionHasIcon_data();
    void menuActionHasIcon();
    void undoTooltipFollowsTheStack();
    void findingCodesAreNotCut();

private:
    std::unique_ptr<EditorSession> m_session;
    std::unique_ptr<RecentFiles> m_recent;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowIcons::init()
{
    m_session = std::make_unique<EditorSession>();
    m_recent = std::make_unique<RecentFiles>();
    m_window = std::make_unique<MainWindow>(m_session.get(), m_recent.get());
    const Topology t = ExampleTopology::topology();
    m_session->load(t, QString(), false);
    m_session->secrets()->reset(ExampleTopology::freshSecrets(t));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowIcons::cleanup()
{
    m_window.reset();
    m_recent.reset();
    m_session.reset();
}

void TestMainWindowIcons::toolbarActionsHaveIconsTooltipsAndShortcuts()
{
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    int checked = 0;
    const QList<QAction *> actions = bar->actions();
    for (QAction *a : actions) {
        if (a->isSeparator())
            continue;
        const QString name = a->objectName();
        QVERIFY2(!name.isEmpty(), qPrintable(a->text()));
        for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
            const int painted = IconCheck::paintedPixels(a->icon(), 24, 1.0, mode);
            QVERIFY2(painted > 40, qPrintable(QStringLiteral("%1: icon draws %2 pixels (mode %3)")
                                                  .arg(name)
                                                  .arg(painted)
                                                  .arg(int(mode))));
        }
        QVERIFY2(!a->toolTip().isEmpty(), qPrintable(name));
        QVERIFY2(!a->toolTip().contains(u'&'), qPrintable(a->toolTip()));
        if (!a->shortcut().isEmpty()) {
            const QString key = a->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(a->toolTip().contains(QStringLiteral("(%1)").arg(key)),
                     qPrintable(name + QStringLiteral(": ") + a->toolTip()));
        }
        // Its button shows the icon (text beside it unless the action is low priority).
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a));
        QVERIFY2(button, qPrintable(name));
        QVERIFY(!button->icon().isNull());
        QCOMPARE(button->iconSize(), QSize(24, 24));
        ++checked;
    }
    // New, Open, Save, Undo, Redo, four adds, Delete, Fit, Arrange, Export, Secrets.
    QCOMPARE(checked, 14);
    // The toolbar fits a 1400 px window without an overflow menu.
    QVERIFY2(bar->sizeHint().width() <= 1400, qPrintable(QString::number(bar->sizeHint().width())));
}

void TestMainWindowIcons::menuActionHasIcon_data()
{
    QTest::addColumn<QString>("action");
    for (const char *n :
         {"fileNew", "fileOpen", "fileSave", "fileExport", "fileQuit", "editUndo", "editRedo",
          "editDelete", "editSecrets", "addHub", "addGateway", "addLink", "addProfile",
          "viewZoomIn", "viewZoomOut", "viewFit", "viewArrange"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestMainWindowIcons::menuActionHasIcon()
{
    QFETCH(QString, action);
    QAction *a = m_window->action(action);
    QVERIFY(a);
    QVERIFY2(IconCheck::paintedPixels(a->icon()) > 40, qPrintable(action));
    // And it is in a menu of the menu bar, where the icon shows too.
    bool inMenu = false;
    const QList<QAction *> menus = m_window->menuBar()->actions();
    for (QAction *m : menus)
        inMenu = inMenu || (m->menu() && m->menu()->actions().contains(a));
    QVERIFY2(inMenu, qPrintable(action));
}

void TestMainWindowIcons::undoTooltipFollowsTheStack()
{
    QAction *undo = m_window->action(QStringLiteral("editUndo"));
    const QString key = undo->shortcut().toString(QKeySequence::NativeText);
    QVERIFY(!key.isEmpty());
    QCOMPARE(undo->toolTip(), QStringLiteral("Undo (%1)").arg(key));
    m_window->action(QStringLiteral("addHub"))->trigger();
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->toolTip().startsWith(QLatin1String("Undo ")), qPrintable(undo->toolTip()));
    QVERIFY2(undo->toolTip().size() > QStringLiteral("Undo (%1)").arg(key).size(),
             qPrintable(undo->toolTip()));
    QVERIFY(undo->toolTip().endsWith(QStringLiteral("(%1)").arg(key)));
    QAction *redo = m_window->action(QStringLiteral("editRedo"));
    undo->trigger();
    QVERIFY2(redo->toolTip().startsWith(QLatin1String("Redo ")), qPrintable(redo->toolTip()));
    QVERIFY(redo->toolTip().endsWith(
        QStringLiteral("(%1)").arg(redo->shortcut().toString(QKeySequence::NativeText))));
}

void TestMainWindowIcons::findingCodesAreNotCut()
{
    QTreeView *view = m_window->docks()->findingsPanel()->view();
    QTRY_VERIFY(view->model()->rowCount() > 0); // the example has notes
    int needed = 0;                             // the widest code's text
    for (int row = 0; row < view->model()->rowCount(); ++row)
        needed = qMax(needed,
                      view->fontMetrics().horizontalAdvance(
                          view->model()->index(row, FindingsModel::CodeColumn).data().toString()));
    QVERIFY(needed > 40);
    QVERIFY2(view->header()->sectionSize(FindingsModel::CodeColumn) >= needed,
             qPrintable(QStringLiteral("code column %1 px, codes need %2 px")
                            .arg(view->header()->sectionSize(FindingsModel::CodeColumn))
                            .arg(needed)));
    QCOMPARE(view->header()->sectionResizeMode(FindingsModel::MessageColumn), QHeaderView::Stretch);
    // The severity icon is our SVG (sharp at 2x), not a scaled style bitmap.
    const QIcon icon = qvariant_cast<QIcon>(
        view->model()->index(0, FindingsModel::SeverityColumn).data(Qt::DecorationRole));
    QVERIFY(IconCheck::paintedPixels(icon, 16, 2.0) > 200);
    QCOMPARE(IconCheck::image(icon),
             IconCheck::image(AppIcons::own(QStringLiteral("dialog-information"))));
}

QTEST_MAIN(TestMainWindowIcons)
#include "tst_mainwindowicons.moc"
