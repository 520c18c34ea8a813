#include "core/io/exampletopology.h"
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
#include <QTest>

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
    QCOMPARE(panel.fileList()->count(), direct.files.size());
    const QString psk = session.secrets()->secrets().psk.value(QStringLiteral("hq-site-a"));
    for (int i = 0; i < panel.fileList()->count(); ++i) {
        panel.fileList()->setCurrentRow(i);
        QVERIFY(!panel.textView()->toPlainText().contains(psk));
    }
    // A new LAN on hq adds a route on site-a: its diff shows the added line.
    Site hq = *session.document()->topology().site(QStringLiteral("hq"));
    hq.lans << *Ipv4Prefix::parse(u"10.11.0.0/16");
    session.edits()->editSite(hq.id, hq);
    panel.showBox(PreviewBox{PreviewBox::Kind::Site, "site-a", {}});
    panel.setDiffMode(true);
    panel.refreshNow();
    bool found = false;
    for (int i = 0; i < panel.fileList()->count() && !found; ++i) {
        panel.fileList()->setCurrentRow(i);
        const QString text = panel.textView()->toPlainText();
        found = text.contains(QStringLiteral("+")) && text.contains(QStringLiteral("10.11.0.0"));
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
    QCOMPARE(panel.fileList()->count(), 0);
    const QString text = panel.textView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("10.10.0.0/16")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("/dev/null")), qPrintable(text));
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
