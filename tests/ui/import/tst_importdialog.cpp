#include "ui/document/topologydocument.h"
#include "ui/editor/editorsession.h"
#include "ui/files/recentfiles.h"
#include "ui/import/importdialog.h"
#include "ui/import/importresultview.h"
#include "ui/import/importsourcelist.h"
#include "ui/jobs/latestjob.h"
#include "ui/canvas/topologyview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/secrets/secretsstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

// File → Import… as a window: the hand-written two-box fixture imported on a
// pool thread, the files listed with what each gave, the report lines under
// each file, and the result opened in the editor as an unsaved document.
class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void listsFilesAndWhatEachGave();
    void reportLinesUnderTheirFile();
    void neverShowsASecret();
    void runsOffTheGuiThreadNewestWins();
    void nothingReadableIsAClearError();
    void unreadablePathIsAClearError();
    void removingEveryBoxClears();
    void fileImportOpensUnsavedDocument();

private:
    static QString box(const char *name)
    {
        return QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/two-box/") + QLatin1String(name);
    }
    static void importAndWait(ImportDialog &d, const QStringList &paths)
    {
        d.show();
        d.sources()->addPaths(paths);
        QTRY_VERIFY_WITH_TIMEOUT(!d.job()->isBusy(), 20000);
    }
    static QTreeWidgetItem *child(QTreeWidgetItem *parent, const QString &text)
    {
        for (int i = 0; i < parent->childCount(); ++i) {
            if (parent->child(i)->text(0) == text)
                return parent->child(i);
        }
        return nullptr;
    }
    static QStringList texts(QTreeWidgetItem *item)
    {
        QStringList out;
        for (int c = 0; c < item->columnCount(); ++c)
            out << item->text(c) << item->toolTip(c);
        for (int i = 0; i < item->childCount(); ++i)
            out += texts(item->child(i));
        return out;
    }
};

void TestImportDialog::listsFilesAndWhatEachGave()
{
    ImportDialog d;
    importAndWait(d, {box("hq"), box("branch")});
    QTreeWidget *tree = d.results()->tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *hq = tree->topLevelItem(0);
    QCOMPARE(hq->text(0), QStringLiteral("hq → site hq"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("branch → site branch"));
    QCOMPARE(hq->childCount(), 9); // the nine files of the box, read or not
    QTreeWidgetItem *swanctl = child(hq, QStringLiteral("etc/swanctl/swanctl.conf"));
    QVERIFY(swanctl);
    QCOMPARE(swanctl->text(ImportResultView::ReadAs), QStringLiteral("swanctl.conf"));
    QTreeWidgetItem *xl2tpd = child(hq, QStringLiteral("etc/xl2tpd/xl2tpd.conf"));
    QVERIFY(xl2tpd);
    QCOMPARE(xl2tpd->text(ImportResultView::ReadAs), QStringLiteral("xl2tpd.conf"));
    // two-box.report.txt: xl2tpd.conf lines 4, 5, 10, 11 and 14 are not represented.
    QCOMPARE(xl2tpd->text(ImportResultView::NotRepresented), QStringLiteral("5"));
    QCOMPARE(xl2tpd->text(ImportResultView::Errors), QStringLiteral("0"));
    QTreeWidgetItem *hosts = child(hq, QStringLiteral("etc/hosts"));
    QVERIFY(hosts);
    QVERIFY(hosts->text(ImportResultView::ReadAs).startsWith(u"not read"));
    QCOMPARE(hq->text(ImportResultView::NotRepresented), QStringLiteral("22"));
    QCOMPARE(hq->text(ImportResultView::Mapped), QStringLiteral("54"));
    QVERIFY(!d.results()->headlineIsError());
    // hq, branch and the partner hq dials that no imported box owns.
    QVERIFY2(d.results()->headline().startsWith(
                 u"Read 11 of 12 files from 2 box(es): 3 sites, 2 links, 1 profiles, 3 PSKs, 2 users.\n"
                 u"0 errors, 0 contradictions, 29 not represented, 67 mapped"),
             qPrintable(d.results()->headline()));
    QVERIFY(d.openButton()->isEnabled());
    if (qEnvironmentVariableIsSet("ROUTESTUDIO_SCREENSHOT")) {
        swanctl->setExpanded(true);
        QVERIFY(d.grab().save(qEnvironmentVariable("ROUTESTUDIO_SCREENSHOT")));
    }
}

void TestImportDialog::reportLinesUnderTheirFile()
{
    ImportDialog d;
    importAndWait(d, {box("hq"), box("branch")});
    QTreeWidgetItem *xl2tpd = child(d.results()->tree()->topLevelItem(0),
                                    QStringLiteral("etc/xl2tpd/xl2tpd.conf"));
    QVERIFY(xl2tpd);
    QTreeWidgetItem *line = child(xl2tpd, QStringLiteral(
        "etc/xl2tpd/xl2tpd.conf:4: [global] port = 1701 -> RouteStudio sets its own xl2tpd settings"));
    QVERIFY(line);
    QCOMPARE(line->text(1), QStringLiteral("not represented"));
    // Every line under a file is at that file.
    for (int i = 0; i < xl2tpd->childCount(); ++i)
        QVERIFY(xl2tpd->child(i)->text(0).startsWith(u"etc/xl2tpd/xl2tpd.conf:"));
}

void TestImportDialog::neverShowsASecret()
{
    ImportDialog d;
    importAndWait(d, {box("hq"), box("branch")});
    const Secrets &s = d.secrets();
    QVERIFY(!s.psk.isEmpty());
    QVERIFY(!s.users.isEmpty());
    QStringList shown{d.results()->headline()};
    for (int i = 0; i < d.results()->tree()->topLevelItemCount(); ++i)
        shown += texts(d.results()->tree()->topLevelItem(i));
    const QString all = shown.join(u'\n');
    for (const QString &secret : s.psk.values() + s.users.values())
        QVERIFY2(!all.contains(secret), "a secret's value is shown");
}

void TestImportDialog::runsOffTheGuiThreadNewestWins()
{
    ImportDialog d;
    d.show();
    d.sources()->addPaths({box("hq")});
    // Nothing is imported on the GUI thread: the request is running, not applied.
    QVERIFY(d.job()->isBusy());
    QCOMPARE(d.job()->appliedRevision(), 0);
    QVERIFY(d.progress()->isVisible());
    QVERIFY(!d.openButton()->isEnabled());
    d.sources()->addPaths({box("branch")}); // while the first still runs
    QTRY_VERIFY_WITH_TIMEOUT(!d.job()->isBusy(), 20000);
    QCOMPARE(d.job()->appliedRevision(), 2);
    QCOMPARE(d.results()->tree()->topLevelItemCount(), 2);
    QCOMPARE(d.topology().sites.size(), 3);
    QVERIFY(!d.progress()->isVisible());
}

void TestImportDialog::nothingReadableIsAClearError()
{
    QTemporaryDir dir;
    QFile notes(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("the VPN box is in the rack on the left\n");
    notes.close();
    ImportDialog d;
    importAndWait(d, {dir.path()});
    QVERIFY(d.results()->headlineIsError());
    QVERIFY2(d.results()->headline().startsWith(u"Nothing could be read"), qPrintable(d.results()->headline()));
    QVERIFY(!d.openButton()->isEnabled());
    QTreeWidgetItem *file = child(d.results()->tree()->topLevelItem(0), QStringLiteral("notes.txt"));
    QVERIFY(file);
    QCOMPARE(file->text(ImportResultView::ReadAs), QStringLiteral("not read: not a format this import reads"));
}

void TestImportDialog::unreadablePathIsAClearError()
{
    ImportDialog d;
    const QString missing = QDir::tempPath() + QStringLiteral("/no-such-box-routestudio");
    importAndWait(d, {box("hq"), missing});
    QVERIFY(d.results()->headlineIsError());
    QVERIFY2(d.results()->headline().contains(missing), qPrintable(d.results()->headline()));
    QCOMPARE(d.results()->tree()->topLevelItemCount(), 0);
    QVERIFY(!d.openButton()->isEnabled());
}

void TestImportDialog::removingEveryBoxClears()
{
    ImportDialog d;
    importAndWait(d, {box("hq")});
    d.sources()->list()->selectAll();
    d.sources()->removeSelected();
    QTRY_VERIFY(!d.job()->isBusy());
    QCOMPARE(d.results()->tree()->topLevelItemCount(), 0);
    QVERIFY(!d.openButton()->isEnabled());
    QVERIFY(!d.results()->headlineIsError());
}

void TestImportDialog::fileImportOpensUnsavedDocument()
{
    EditorSession session;
    RecentFiles recent;
    MainWindow window(&session, &recent);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *import = window.action(QStringLiteral("fileImport"));
    QVERIFY(import);
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(window.menuBar()->actions().constFirst()->menu()->actions().contains(import));
    bool opened = false;
    QTimer poll; // the dialog runs its own event loop: find it from there
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *d = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        poll.stop();
        connect(d->job(), &LatestJob::idle, d, [d, &opened] {
            opened = d->openButton()->isEnabled();
            d->openButton()->click();
        });
        d->sources()->addPaths({box("hq"), box("branch")});
    });
    poll.start();
    window.activateWindow();
    QTest::keyClick(window.view(), Qt::Key_I, Qt::ControlModifier);
    QVERIFY(opened);
    const Topology &t = session.document()->topology();
    QCOMPARE(t.sites.size(), 3);
    QVERIFY(t.site(QStringLiteral("hq")));
    QVERIFY(t.site(QStringLiteral("branch")));
    QVERIFY(std::any_of(t.sites.cbegin(), t.sites.cend(),
                        [](const Site &s) { return s.publicAddress == u"192.0.2.77"; }));
    QCOMPARE(t.links.size(), 2);
    QVERIFY(session.fileName().isEmpty());
    QVERIFY(session.isModified());
    QVERIFY(!session.secrets()->secrets().psk.isEmpty());
    QVERIFY(session.secrets()->isModified());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
