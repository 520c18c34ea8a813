#include "core/io/exampletopology.h"
#include "core/validation/validator.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/sharedvalidation.h"
#include "ui/findings/findingscontroller.h"
#include "ui/preview/previewbox.h"
#include "ui/preview/previewpanel.h"
#include "ui/secrets/secretsstore.h"

#include <QListWidget>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

// One validation per revision of the document and its secrets (issue 13): the
// Findings, the Preview's plan and the box checks (a check folder set) share
// it. Before, an edit with the Preview shown validated twice, three times with
// a check folder: each validation of a 10,000-site file is ~100 ms of CPU.
class TestSharedValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneValidationPerEdit()
    {
        EditorSession session;
        const Topology t = ExampleTopology::topology();
        session.load(t, QString(), false);
        session.secrets()->reset(ExampleTopology::freshSecrets(t));
        PreviewPanel preview(&session);
        preview.show();
        preview.showBox(PreviewBox{PreviewBox::Kind::Site, QStringLiteral("site-a"), {}});
        FindingsController findings(&session);
        QTemporaryDir folder; // no collections: the check still makes its plan
        QVERIFY(folder.isValid());
        findings.setCheckFolder(folder.path());
        const auto idle = [&] { return !preview.isRefreshing() && !findings.isPending(); };
        QTRY_VERIFY(idle());
        QVERIFY(preview.fileList()->count() > 0);

        // Both have shown this revision's results: the Preview regenerated and
        // the Findings (with the check) applied theirs.
        QSignalSpy refreshed(&preview, &PreviewPanel::refreshed);
        QSignalSpy validated(&findings, &FindingsController::findingsChanged);
        const auto bothDone = [&] {
            return refreshed.count() > 0 && validated.count() > 0 && idle();
        };
        for (int edit = 0; edit < 3; ++edit) {
            const int before = Validator::runs();
            refreshed.clear();
            validated.clear();
            Site s = *session.document()->topology().site(QStringLiteral("site-a"));
            s.lans << Ipv4Prefix(Ipv4Address(0x0afa0000u + (edit << 8)), 24); // 10.250.N.0/24
            session.edits()->editSite(s.id, s);
            QTRY_VERIFY_WITH_TIMEOUT(bothDone(), 20000);
            QCOMPARE(Validator::runs() - before, 1);
        }
        // A change of the secrets is a new revision too.
        const int before = Validator::runs();
        refreshed.clear();
        validated.clear();
        session.secrets()->setPassword(QStringLiteral("someone"), QStringLiteral("Passw0rd-long"));
        QTRY_VERIFY_WITH_TIMEOUT(bothDone(), 20000);
        QCOMPARE(Validator::runs() - before, 1);
    }

    // *Changes since save* validates the saved topology once (its revision is
    // the one it was saved or opened at), not again with every edit.
    void theSavedSideIsValidatedOnce()
    {
        EditorSession session;
        const Topology t = ExampleTopology::topology();
        session.load(t, QString(), false);
        session.secrets()->reset(ExampleTopology::freshSecrets(t));
        PreviewPanel preview(&session);
        preview.show();
        preview.setDiffMode(true);
        preview.showBox(PreviewBox{PreviewBox::Kind::Site, QStringLiteral("site-a"), {}});
        QSignalSpy refreshed(&preview, &PreviewPanel::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0 && !preview.isRefreshing(), 20000);
        for (int edit = 0; edit < 2; ++edit) {
            const int before = Validator::runs();
            refreshed.clear();
            Site s = *session.document()->topology().site(QStringLiteral("site-a"));
            s.lans << Ipv4Prefix(Ipv4Address(0x0afa0000u + (edit << 8)), 24);
            session.edits()->editSite(s.id, s);
            QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0 && !preview.isRefreshing(), 20000);
            QCOMPARE(Validator::runs() - before, 1); // this revision only
            QVERIFY(preview.fileList()->count() > 0);
        }
    }

    // Askers of one revision on several threads: one validates, the others
    // wait for its result; another revision is validated anew.
    void concurrentAskersOfOneRevisionShareIt()
    {
        const Topology t = ExampleTopology::topology();
        const Secrets s = ExampleTopology::freshSecrets(t);
        const QList<Finding> expected = Validator::validate(t, &s);
        SharedValidation shared;
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        QSemaphore go;
        QList<QList<Finding>> got(4);
        const int before = Validator::runs();
        for (int i = 0; i < 4; ++i) {
            pool.start([&, i] {
                go.acquire();
                got[i] = shared.findings({7, 1}, t, s);
            });
        }
        go.release(4);
        QVERIFY(pool.waitForDone(20000));
        QCOMPARE(Validator::runs() - before, 1);
        for (const QList<Finding> &f : std::as_const(got))
            QVERIFY(f == expected);
        QVERIFY(shared.findings({7, 1}, t, s) == expected);
        QCOMPARE(Validator::runs() - before, 1);
        shared.findings({8, 1}, t, s);
        shared.findings({7, 2}, t, s);
        QCOMPARE(Validator::runs() - before, 3);
    }

    // Every content edit and secrets change gives a new revision; a move does not.
    void revisionsFollowContentNotLayout()
    {
        EditorSession session;
        const Topology t = ExampleTopology::topology();
        session.load(t, QString(), false);
        const auto r0 = session.revision();
        const QString id = QStringLiteral("site-a");
        session.edits()->moveSites({{id, session.document()->position(id)}},
                                   {{id, QPointF(900, 700)}});
        QCOMPARE(session.revision(), r0);
        quint64 seen = 0;
        connect(session.document(), &TopologyDocument::siteChanged, this,
                [&] { seen = session.document()->contentRevision(); });
        Site s = *session.document()->topology().site(id);
        s.name = QStringLiteral("renamed");
        session.edits()->editSite(id, s);
        QVERIFY(session.revision().first > r0.first);
        QCOMPARE(seen, session.revision().first); // already new in the edit's own signal
        const auto r1 = session.revision();
        session.secrets()->setPsk(QStringLiteral("x"), QStringLiteral("Secret-value-1"));
        QCOMPARE(session.revision().first, r1.first);
        QVERIFY(session.revision().second > r1.second);
    }
};

QTEST_MAIN(TestSharedValidation)
#include "tst_sharedvalidation.moc"
