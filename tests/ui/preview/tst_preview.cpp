#include "core/io/exampletopology.h"
#include "core/validation/validator.h"
#include "ui/findings/findingscontroller.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/editor/editorsession.h"
#include "ui/preview/previewgenerator.h"
#include "ui/preview/previewpanel.h"
#include "ui/preview/secretmasker.h"
#include "ui/preview/textdiff.h"
#include "ui/secrets/secretsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

namespace {

// 200 hubs with 49 Linux gateways each on IKEv2 links: 10,000 sites, valid.
Topology largeTopology()
{
    Topology t;
    t.name = QStringLiteral("large");
    for (int h = 0; h < 200; ++h) {
        Site hub;
        hub.id = QStringLiteral("hub-%1").arg(h);
        hub.role = SiteRole::Hub;
        hub.publicAddress = QStringLiteral("203.0.%1.%2").arg(h / 250).arg(h % 250 + 1);
        hub.lans << Ipv4Prefix(Ipv4Address(0x0a000000u | quint32(h) << 16), 24);
        t.sites << hub;
        for (int k = 1; k < 50; ++k) {
            const int g = h * 49 + k;
            Site gw;
            gw.id = QStringLiteral("gw-%1").arg(g);
            gw.role = SiteRole::Gateway;
            gw.publicAddress = QStringLiteral("198.18.%1.%2").arg(g / 250).arg(g % 250 + 1);
            gw.lans << Ipv4Prefix(Ipv4Address(0x0a000000u | quint32(h) << 16 | quint32(k) << 8), 24);
            t.sites << gw;
            Link l;
            l.id = QStringLiteral("link-%1").arg(g);
            l.from = hub.id;
            l.to = gw.id;
            l.secret = l.id;
            t.links << l;
        }
    }
    return t;
}

// The example in a session, its Preview shown on site-a.
struct ExamplePreview
{
    EditorSession session;
    PreviewPanel panel{loaded(&session)};

    ExamplePreview()
    {
        panel.show();
        panel.showBox(PreviewBox{PreviewBox::Kind::Site, "site-a", {}});
    }
    static EditorSession *loaded(EditorSession *session)
    {
        const Topology t = ExampleTopology::topology();
        session->load(t, QString(), false);
        session->secrets()->reset(ExampleTopology::freshSecrets(t));
        return session;
    }
};

} // namespace

// The preview: generated files per box, secrets masked until revealed, the
// diff since the last save, and the refusal on validation errors.
class TestPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unifiedDiff_data();
    void unifiedDiff();
    void masksSecrets();
    void listsBoxes();
    void panelShowsFilesAndDiff();
    void refusesOnErrors();
    void diffModeShowsTheRefusalOnErrors();
    void boxKeysRoundTrip();
    void largeTopologyKeepsTheWindowLive();
    void boxListFollowsOnlyBoxChanges();
    void movesRegenerateNothing();
};

void TestPreview::unifiedDiff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same") << "a\nb\n" << "a\nb\n" << "";
    QTest::newRow("change") << "a\nb\nc\n" << "a\nB\nc\n"
                            << "--- o\n+++ n\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n";
    QTest::newRow("append") << "a\n" << "a\nb\n" << "--- o\n+++ n\n@@ -1,1 +1,2 @@\n a\n+b\n";
    QTest::newRow("from empty") << "" << "x\n" << "--- o\n+++ n\n@@ -0,0 +1,1 @@\n+x\n";
    QTest::newRow("two hunks")
        << "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n"
        << "1\nX\n3\n4\n5\n6\n7\n8\n9\n10\nY\n12\n"
        << "--- o\n+++ n\n@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n"
           "@@ -8,5 +8,5 @@\n 8\n 9\n 10\n-11\n+Y\n 12\n";
}

void TestPreview::unifiedDiff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QCOMPARE(TextDiff::unified(before, after, QStringLiteral("o"), QStringLiteral("n")), expected);
}

void TestPreview::masksSecrets()
{
    Secrets s;
    s.psk.insert(QStringLiteral("k"), QStringLiteral("SuperSecret123"));
    const QString b64 = QString::fromLatin1(QByteArray("SuperSecret123").toBase64());
    const QString text = QStringLiteral("secret = 0s%1\npsk \"SuperSecret123\"\n").arg(b64);
    const QString masked = SecretMasker::mask(text, s);
    QVERIFY(!masked.contains(QStringLiteral("SuperSecret123")));
    QVERIFY(!masked.contains(b64));
    QVERIFY(masked.contains(QChar(0x2022)));
}

void TestPreview::listsBoxes()
{
    const QList<PreviewBox> boxes = PreviewFiles::boxes(ExampleTopology::topology());
    QStringList keys;
    for (const PreviewBox &b : boxes)
        keys << b.key();
    QCOMPARE(keys, (QStringList{"site/hq", "site/site-a", "client/staff/alice",
                                "client/staff/bob"}));
}

void TestPreview::panelShowsFilesAndDiff()
{
    EditorSession session;
    Topology t = ExampleTopology::topology();
    t.sites[0].platform = Platform::CiscoIos; // generators that are on main for sure
    t.sites[1].platform = Platform::Mikrotik;
    session.load(t, QString(), false);
    session.secrets()->reset(ExampleTopology::freshSecrets(t));
    const PreviewFiles direct = PreviewFiles::generate(
        t, session.secrets()->secrets(), PreviewBox{PreviewBox::Kind::Site, "hq", {}});
    QVERIFY2(direct.ok, qPrintable(direct.problem));
    if (direct.files.isEmpty())
        QSKIP("no site generator registered for cisco-ios");

    PreviewPanel panel(&session);
    panel.show();
    panel.showBox(PreviewBox{PreviewBox::Kind::Site, "hq", {}});
    QTRY_VERIFY(!panel.isRefreshing());
    QCOMPARE(panel.fileList()->count(), direct.files.size());
    const QString psk = session.secrets()->secrets().psk.value(QStringLiteral("hq-site-a"));
    for (int i = 0; i < panel.fileList()->count(); ++i) {
        panel.fileList()->setCurrentRow(i);
        QVERIFY(!panel.textView()->toPlainText().contains(psk));
    }
    // A new LAN on hq adds a route on site-a: its diff shows the added line.
    // (Not 10.11.0.0/16: with hq's 10.10.0.0/16 that is routed as one 10.10.0.0/15.)
    Site hq = *session.document()->topology().site(QStringLiteral("hq"));
    hq.lans << *Ipv4Prefix::parse(u"10.12.0.0/16");
    session.edits()->editSite(hq.id, hq);
    panel.showBox(PreviewBox{PreviewBox::Kind::Site, "site-a", {}});
    panel.setDiffMode(true);
    panel.refreshNow();
    QTRY_VERIFY(!panel.isRefreshing());
    bool found = false;
    for (int i = 0; i < panel.fileList()->count() && !found; ++i) {
        panel.fileList()->setCurrentRow(i);
        const QString text = panel.textView()->toPlainText();
        found = text.contains(QStringLiteral("+")) && text.contains(QStringLiteral("10.12.0.0"));
    }
    QVERIFY(found);
}

void TestPreview::refusesOnErrors()
{
    Topology t = ExampleTopology::topology();
    t.sites[1].lans = {*Ipv4Prefix::parse(u"10.10.0.0/16")}; // same as hq: lan-overlap
    const PreviewFiles f = PreviewFiles::generate(
        t, ExampleTopology::freshSecrets(t), PreviewBox{PreviewBox::Kind::Site, "hq", {}});
    QVERIFY(!f.ok);
    QVERIFY(f.files.isEmpty());
    QVERIFY2(f.problem.contains(QStringLiteral("10.10.0.0/16")), qPrintable(f.problem));
}

// "Changes since save" while the topology has errors: the refusal, not every
// saved file listed as deleted.
void TestPreview::diffModeShowsTheRefusalOnErrors()
{
    EditorSession session;
    const Topology t = ExampleTopology::topology();
    session.load(t, QString(), false);
    session.secrets()->reset(ExampleTopology::freshSecrets(t));
    PreviewPanel panel(&session);
    panel.show();
    panel.showBox(PreviewBox{PreviewBox::Kind::Site, "hq", {}});
    panel.setDiffMode(true);
    panel.refreshNow();
    Site a = *session.document()->topology().site(QStringLiteral("site-a"));
    a.lans = {*Ipv4Prefix::parse(u"10.10.0.0/16")}; // same as hq: lan-overlap
    session.edits()->editSite(a.id, a);
    panel.refreshNow();
    QTRY_VERIFY(!panel.isRefreshing());
    QCOMPARE(panel.fileList()->count(), 0);
    const QString text = panel.textView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("10.10.0.0/16")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("/dev/null")), qPrintable(text));
}

void TestPreview::boxKeysRoundTrip()
{
    for (const PreviewBox &b : {PreviewBox{PreviewBox::Kind::Site, "hq", {}},
                                PreviewBox{PreviewBox::Kind::Client, "staff", "a.b@c"}})
        QCOMPARE(PreviewBox::fromKey(b.key()).key(), b.key());
    QVERIFY(PreviewBox::fromKey(QStringLiteral("client/nouser")).id.isEmpty());
    QVERIFY(PreviewBox::fromKey(QStringLiteral("x")).id.isEmpty());
}

// Issue 13: the Preview and the findings of a 10,000-site topology are computed
// off the GUI thread. While they run, the event loop keeps answering (a 10 ms
// timer goes on ticking) and an edit reaches the document at once; the results
// still arrive, and the Preview shows the newest document's files.
void TestPreview::largeTopologyKeepsTheWindowLive()
{
    EditorSession session;
    const Topology t = largeTopology();
    QCOMPARE(t.sites.size(), 10000);
    session.load(t, QString(), false);
    session.secrets()->reset(ExampleTopology::freshSecrets(t));
    PreviewPanel panel(&session);
    panel.show();
    FindingsController findings(&session);
    int ticks = 0;
    int busyTicks = 0;
    qint64 longestGap = 0; // between two ticks while the work ran
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, this, [&] {
        ++ticks;
        if (panel.isRefreshing() || findings.isPending()) {
            ++busyTicks;
            longestGap = qMax(longestGap, sinceTick.elapsed());
        }
        sinceTick.start();
    });
    sinceTick.start();
    tick.start();

    QElapsedTimer call;
    call.start();
    panel.showBox(PreviewBox{PreviewBox::Kind::Site, "gw-7", {}});
    findings.validateNow();
    QVERIFY(panel.isRefreshing());
    QVERIFY(findings.isPending());
    qInfo("showBox + validateNow returned after %lld ms", call.elapsed());
    // An edit while both run: in the document at once.
    Site gw = *session.document()->topology().site(QStringLiteral("gw-7"));
    gw.lans << *Ipv4Prefix::parse(u"10.250.7.0/24");
    session.edits()->editSite(gw.id, gw);
    QCOMPARE(session.document()->topology().site(QStringLiteral("gw-7"))->lans.size(), 2);
    panel.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRefreshing() && !findings.isPending(), 600000);
    const qint64 busy = call.elapsed();
    qInfo("preview and findings of 10,000 sites after %lld ms, %d ticks (%d while busy), "
          "longest gap %lld ms",
          busy, ticks, busyTicks, longestGap);
    QVERIFY2(busyTicks >= 3, qPrintable(QString::number(busyTicks)));
    // The loop answered all along: no gap near the time the work took (on the
    // GUI thread one gap would be all of it). Not a speed test: the bound is
    // half the work's own time, well above a frame on a loaded machine.
    QVERIFY2(longestGap * 2 < busy,
             qPrintable(QStringLiteral("gap %1 ms, work %2 ms").arg(longestGap).arg(busy)));
    QVERIFY2(panel.fileList()->count() > 0, qPrintable(panel.textView()->toPlainText()));
    bool newLan = false;
    for (int i = 0; i < panel.fileList()->count() && !newLan; ++i) {
        panel.fileList()->setCurrentRow(i);
        newLan = panel.textView()->toPlainText().contains(QLatin1String("10.250.7.0"));
    }
    QVERIFY(newLan);
    QVERIFY(!Validator::hasErrors(findings.findings()));
}

// The box list is rebuilt only when boxes come, go or change id: a LAN edit or
// a move leaves the combo's model untouched (it was cleared and refilled with
// every box on each edit: 10,000 items on the GUI thread for a large fleet).
void TestPreview::boxListFollowsOnlyBoxChanges()
{
    ExamplePreview example;
    EditorSession &session = example.session;
    PreviewPanel &panel = example.panel;
    QTRY_VERIFY(!panel.isRefreshing());
    const int boxes = panel.boxCombo()->count();
    QCOMPARE(boxes, 4);
    int rebuilt = 0;
    QAbstractItemModel *model = panel.boxCombo()->model();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, [&rebuilt] { ++rebuilt; });
    connect(model, &QAbstractItemModel::modelReset, this, [&rebuilt] { ++rebuilt; });

    Site hq = *session.document()->topology().site(QStringLiteral("hq"));
    hq.lans << *Ipv4Prefix::parse(u"10.12.0.0/16");
    session.edits()->editSite(hq.id, hq);
    session.edits()->nudgeSites({QStringLiteral("hq")}, QPointF(10, 0),
                                [](const QString &) { return QPointF(0, 0); });
    panel.refreshNow();
    QTRY_VERIFY(!panel.isRefreshing());
    QCOMPARE(rebuilt, 0);
    QCOMPARE(panel.boxCombo()->currentData().toString(), QStringLiteral("site/site-a"));

    // A renamed site is a new box; the one shown stays selected.
    Site a = *session.document()->topology().site(QStringLiteral("hq"));
    a.id = QStringLiteral("head-office");
    session.edits()->editSite(QStringLiteral("hq"), a);
    panel.refreshNow();
    QTRY_VERIFY(!panel.isRefreshing());
    QVERIFY(rebuilt > 0);
    QCOMPARE(panel.boxCombo()->count(), boxes);
    QVERIFY(panel.boxCombo()->findData(QStringLiteral("site/head-office")) >= 0);
    QCOMPARE(panel.boxCombo()->findData(QStringLiteral("site/hq")), -1);
    QCOMPARE(panel.boxCombo()->currentData().toString(), QStringLiteral("site/site-a"));
}

// A move changes no generated file (generators never read the layout): it
// starts no regeneration, which at 10,000 sites validates the whole document.
void TestPreview::movesRegenerateNothing()
{
    ExamplePreview example;
    EditorSession &session = example.session;
    PreviewPanel &panel = example.panel;
    QTRY_VERIFY(!panel.isRefreshing());
    int refreshed = 0;
    connect(&panel, &PreviewPanel::refreshed, this, [&refreshed] { ++refreshed; });
    session.edits()->nudgeSites({QStringLiteral("site-a")}, QPointF(40, 0),
                                [](const QString &) { return QPointF(0, 0); });
    QTest::qWait(700); // past the panel's delay after an edit
    QCOMPARE(refreshed, 0);
    Site a = *session.document()->topology().site(QStringLiteral("site-a"));
    a.lans << *Ipv4Prefix::parse(u"10.21.0.0/24");
    session.edits()->editSite(a.id, a);
    QTRY_COMPARE(refreshed, 1);
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
