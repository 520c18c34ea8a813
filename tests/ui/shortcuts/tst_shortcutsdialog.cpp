// Help → Keyboard Shortcuts lists the editor's real menu shortcuts, grouped by
// menu, filterable; and no two commands of the editor share a key.
#include "core/io/exampletopology.h"
#include "ui/editor/editorsession.h"
#include "ui/files/recentfiles.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/secrets/secretsstore.h"
#include "ui/shortcuts/shortcutsdialog.h"
#include "ui/shortcuts/standardkeys.h"

#include <QAction>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensFromTheHelpMenu();
    void listsTheMenuShortcuts_data();
    void listsTheMenuShortcuts();
    void noKeyIsUsedTwice();
    void filterByCommandOrKey();

private:
    // Visible rows: command -> keys.
    static QMap<QString, QString> rows(const ShortcutsDialog &dialog);

    EditorSession *m_session = nullptr;
    RecentFiles *m_recent = nullptr;
    MainWindow *m_window = nullptr;
};

void TestShortcutsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_session = new EditorSession;
    m_recent = new RecentFiles;
    m_window = new MainWindow(m_session, m_recent);
    const Topology t = ExampleTopology::topology();
    m_session->load(t, QString(), false);
    m_session->secrets()->reset(ExampleTopology::freshSecrets(t));
}

void TestShortcutsDialog::cleanupTestCase()
{
    delete m_window;
    delete m_recent;
    delete m_session;
}

QMap<QString, QString> TestShortcutsDialog::rows(const ShortcutsDialog &dialog)
{
    QMap<QString, QString> out;
    const QTreeWidget *tree = dialog.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int r = 0; r < group->childCount(); ++r) {
            if (!group->child(r)->isHidden())
                out.insert(group->text(0) + u'/' + group->child(r)->text(0), group->child(r)->text(1));
        }
    }
    return out;
}

void TestShortcutsDialog::opensFromTheHelpMenu()
{
    QAction *action = m_window->action(QStringLiteral("shortcuts"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<ShortcutsDialog *>()); // deleted on close
}

void TestShortcutsDialog::listsTheMenuShortcuts_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("save") << "File/Save" << QKeySequence(QKeySequence::Save);
    QTest::newRow("open") << "File/Open…" << QKeySequence(QKeySequence::Open);
    QTest::newRow("undo") << "Edit/Undo" << QKeySequence(QKeySequence::Undo);
    QTest::newRow("export") << "File/Export Bundles…" << QKeySequence(QStringLiteral("Ctrl+E"));
    QTest::newRow("help") << "Help/Keyboard Shortcuts" << QKeySequence(QKeySequence::HelpContents);
    // Keys the platform may not bind get ours (StandardKeys).
    QTest::newRow("save as") << "File/Save As…" << StandardKeys::saveAs();
    QTest::newRow("quit") << "File/Quit" << StandardKeys::quit();
}

void TestShortcutsDialog::listsTheMenuShortcuts()
{
    QFETCH(QString, command);
    QFETCH(QKeySequence, key);
    ShortcutsDialog dialog(m_window->menuBar());
    const QMap<QString, QString> shown = rows(dialog);
    QVERIFY2(shown.contains(command), qPrintable(QStringList(shown.keys()).join(QStringLiteral("; "))));
    QVERIFY2(shown.value(command).contains(key.toString(QKeySequence::NativeText)),
             qPrintable(shown.value(command)));
}

// Two commands on one key make Qt ignore the key ("ambiguous shortcut").
void TestShortcutsDialog::noKeyIsUsedTwice()
{
    QHash<QKeySequence, QString> owner;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    int withKeys = 0;
    for (const QAction *a : actions) {
        if (a->shortcutContext() == Qt::WidgetShortcut)
            continue; // bound to one widget, not the window
        for (const QKeySequence &k : a->shortcuts()) {
            ++withKeys;
            const QString name = a->text().isEmpty() ? a->objectName() : a->text();
            QVERIFY2(!owner.contains(k) || owner.value(k) == name,
                     qPrintable(QStringLiteral("%1 is on both “%2” and “%3”")
                                    .arg(k.toString(), owner.value(k), name)));
            owner.insert(k, name);
        }
    }
    QVERIFY(withKeys >= 10);
}

void TestShortcutsDialog::filterByCommandOrKey()
{
    ShortcutsDialog dialog(m_window->menuBar());
    const int all = int(rows(dialog).size());
    dialog.setFilterText(QStringLiteral("undo"));
    QMap<QString, QString> shown = rows(dialog);
    QVERIFY(shown.contains(QStringLiteral("Edit/Undo")));
    QVERIFY(!shown.contains(QStringLiteral("File/Save")));
    dialog.setFilterText(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    shown = rows(dialog);
    QVERIFY(shown.contains(QStringLiteral("File/Save")));
    QVERIFY(shown.size() < all);
    dialog.setFilterText(QString());
    QCOMPARE(int(rows(dialog).size()), all);
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
