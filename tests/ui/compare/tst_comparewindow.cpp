#include "core/import/importrun.h"
#include "ui/compare/comparetreefill.h"
#include "ui/compare/comparewindow.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editorsession.h"
#include "ui/jobs/latestjob.h"
#include "ui/preview/previewpanel.h"
#include "ui/secrets/secretsstore.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

// The Preview's "Compare with imported files" as a window: the hand-written
// RouterOS hub and IOS gateway of tests/data/import/diff against what the
// open topology (their import) generates, computed on a pool thread, again
// after an edit, secrets masked throughout.
namespace {

const QString kBoxes = QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/diff");

void openImport(EditorSession &session)
{
    QString error;
    const auto run = ImportRun::fromPaths({kBoxes + QStringLiteral("/hq"), kBoxes + QStringLiteral("/site-a")}, &error);
    QVERIFY2(run, qPrintable(error));
    session.load(run->topology, QString(), true);
    session.secrets()->reset(run->secrets);
}

QTreeWidgetItem *child(QTreeWidgetItem *parent, const QString &text)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(CompareTreeFill::Name) == text)
            return parent->child(i);
    }
    return nullptr;
}

// Every text the window shows: tree items, their diffs, the diff view, the status.
QString everything(const CompareWindow &w)
{
    QString all = w.status() + w.diffView()->toPlainText();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < w.tree()->topLevelItemCount(); ++i)
        items << w.tree()->topLevelItem(i);
    while (!items.isEmpty()) {
        QTreeWidgetItem *it = items.takeFirst();
        all += it->text(0) + it->text(1) + it->data(0, CompareTreeFill::DiffRole).toString();
        for (int i = 0; i < it->childCount(); ++i)
            items << it->child(i);
    }
    return all;
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsEachBoxsDiffOffTheGuiThread()
    {
        EditorSession session;
        openImport(session);
        CompareWindow w(&session);
        w.show();
        w.compareWith(kBoxes);
        // Requested, not computed on this thread: nothing is shown yet.
        QVERIFY(w.job()->isBusy());
        QCOMPARE(w.tree()->topLevelItemCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!w.job()->isBusy(), 20000);
        QCOMPARE(w.job()->appliedRevision(), 1);
        QVERIFY2(!w.statusIsError(), qPrintable(w.status()));
        QCOMPARE(w.status(), QStringLiteral("2 of 2 box(es) differ from what RouteStudio generates."));
        QCOMPARE(w.tree()->topLevelItemCount(), 2);
        QTreeWidgetItem *hq = w.tree()->topLevelItem(0);
        QCOMPARE(hq->text(CompareTreeFill::Name), QStringLiteral("Site hq (box hq)"));
        QCOMPARE(hq->text(CompareTreeFill::Status), QStringLiteral("1 file(s) differ"));
        QTreeWidgetItem *script = child(hq, QStringLiteral("mikrotik/hq.rsc"));
        QVERIFY(script);
        QCOMPARE(script->text(CompareTreeFill::Status), QStringLiteral("changed"));
        w.tree()->setCurrentItem(script);
        const QString diff = w.diffView()->toPlainText();
        QVERIFY2(diff.startsWith(QLatin1String("--- a/mikrotik/hq.rsc\n+++ b/mikrotik/hq.rsc\n")), qPrintable(diff));
        QVERIFY(diff.contains(QLatin1String("\n-/ip route add gateway=203.0.113.1\n")));
        QTreeWidgetItem *gateway = w.tree()->topLevelItem(1);
        QVERIFY(child(gateway, QStringLiteral("cisco-ios/site-a.cfg")));
        w.tree()->setCurrentItem(gateway);
        QVERIFY(w.diffView()->toPlainText().contains(QLatin1String("\n+ dpd 30 5 on-demand\n")));
        if (qEnvironmentVariableIsSet("ROUTESTUDIO_SCREENSHOT")) {
            w.tree()->setCurrentItem(script);
            QVERIFY(w.grab().save(qEnvironmentVariable("ROUTESTUDIO_SCREENSHOT")));
        }
        const QString all = everything(w);
        const Secrets secrets = session.secrets()->secrets();
        for (const QString &v : secrets.psk)
            QVERIFY(!all.contains(v));
        for (const QString &v : secrets.users)
            QVERIFY(!all.contains(v));
        QVERIFY(all.contains(QLatin1String("<secret:psk/hq-site-a>")));
    }

    void comparesAgainAfterAnEdit()
    {
        EditorSession session;
        openImport(session);
        CompareWindow w(&session);
        w.show();
        w.compareWith(kBoxes);
        QTRY_VERIFY_WITH_TIMEOUT(!w.job()->isBusy(), 20000);
        // A second DNS server on the hub, and a new PSK for the link: the
        // script's PPP profile and identity change; the box's old key stays masked.
        Site hq = session.document()->topology().sites.at(0);
        QCOMPARE(hq.id, QStringLiteral("hq"));
        hq.remoteAccess->dns.append(*Ipv4Address::parse(QStringLiteral("10.10.0.54")));
        session.document()->replaceSite(hq.id, hq);
        const QString oldPsk = session.secrets()->secrets().psk.value(QStringLiteral("hq-site-a"));
        QVERIFY(!oldPsk.isEmpty());
        session.secrets()->setPsk(QStringLiteral("hq-site-a"), QStringLiteral("a-fresh-psk-for-the-link-2027"));
        QTRY_VERIFY_WITH_TIMEOUT(w.job()->appliedRevision() >= 2 && !w.job()->isBusy(), 20000);
        QTreeWidgetItem *script = child(w.tree()->topLevelItem(0), QStringLiteral("mikrotik/hq.rsc"));
        QVERIFY(script);
        const QString diff = script->data(CompareTreeFill::Name, CompareTreeFill::DiffRole).toString();
        QVERIFY2(diff.contains(QLatin1String("\n+/ppp profile add change-tcp-mss=yes dns-server=10.10.0.53,10.10.0.54 ")),
                 qPrintable(diff));
        QVERIFY2(diff.contains(QLatin1String("\n-/ip ipsec identity add comment=routestudio peer=rs-hq-site-a secret=\"<secret:psk/")),
                 qPrintable(diff));
        QVERIFY(diff.contains(QLatin1String("\n+/ip ipsec identity add comment=routestudio peer=rs-hq-site-a secret=\"<secret:psk/hq-site-a>\"")));
        const QString all = everything(w);
        QVERIFY(!all.contains(oldPsk));
        QVERIFY(!all.contains(QLatin1String("a-fresh-psk-for-the-link-2027")));
    }

    void unreadableFolderIsAClearError()
    {
        EditorSession session;
        openImport(session);
        CompareWindow w(&session);
        w.show();
        w.compareWith(QStringLiteral("/nonexistent/boxes"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.job()->isBusy(), 20000);
        QVERIFY2(w.statusIsError(), qPrintable(w.status()));
        QVERIFY2(w.status().startsWith(QLatin1String("Cannot compare: ")) && w.status().contains(QLatin1String("/nonexistent/boxes")),
                 qPrintable(w.status()));
        QCOMPARE(w.tree()->topLevelItemCount(), 0);
    }

    void previewButtonOpensTheWindow()
    {
        EditorSession session;
        openImport(session);
        QWidget top;
        auto *panel = new PreviewPanel(&session, &top);
        auto *button = panel->findChild<QPushButton *>(QStringLiteral("compareButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Co&mpare with Imported Files…"));
        QVERIFY(!panel->findChild<CompareWindow *>());
        if (qEnvironmentVariableIsSet("ROUTESTUDIO_SCREENSHOT")) {
            top.resize(1100, 320);
            panel->resize(top.size());
            top.show();
            QTRY_VERIFY(!panel->isRefreshing());
            QVERIFY(panel->grab().save(qEnvironmentVariable("ROUTESTUDIO_SCREENSHOT").replace(QLatin1String(".png"), QLatin1String("-preview.png"))));
        }
        button->click();
        auto *w = panel->findChild<CompareWindow *>();
        QVERIFY(w);
        QVERIFY(w->isVisible());
        button->click(); // shown again, not a second window
        QCOMPARE(panel->findChildren<CompareWindow *>().size(), 1);
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
