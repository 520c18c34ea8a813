#include "core/io/exampletopology.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/editor/editorsession.h"
#include "ui/findings/findingscontroller.h"
#include "ui/secrets/secretsstore.h"

#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

// Validation follows the edits that change what it reads: a move changes no
// finding (validation never reads the layout), so it starts none — at 10,000
// sites each is a validation of the whole document.
class TestFindingsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movesValidateNothing()
    {
        EditorSession session;
        const Topology t = ExampleTopology::topology();
        session.load(t, QString(), false);
        session.secrets()->reset(ExampleTopology::freshSecrets(t));
        FindingsController findings(session.document(), session.secrets());
        QTRY_VERIFY(!findings.isPending());
        const QList<Finding> before = findings.findings();
        int rounds = 0;
        connect(&findings, &FindingsController::findingsChanged, this, [&rounds] { ++rounds; });

        const QString id = QStringLiteral("site-a");
        session.edits()->moveSites({{id, session.document()->position(id)}},
                                   {{id, QPointF(900, 700)}});
        QVERIFY(!findings.isPending());
        QTest::qWait(50);
        QCOMPARE(rounds, 0);
        QVERIFY(findings.findings() == before);

        Site s = *session.document()->topology().site(id);
        s.lans = {*Ipv4Prefix::parse(u"10.10.5.0/24")}; // inside hq's LAN
        session.edits()->editSite(id, s);
        QVERIFY(findings.isPending());
        QTRY_COMPARE(rounds, 1);
        QVERIFY(findings.findings() != before);
        session.undoStack()->undo();
        QTRY_COMPARE(rounds, 2);
        QVERIFY(findings.findings() == before);
    }

    // Findings never queue behind other work in Qt's global pool (a preview
    // of a large fleet, the monitor's targets): here every one of its
    // threads is held until the findings have come.
    void findingsDoNotWaitForTheGlobalPool()
    {
        EditorSession session;
        const Topology t = ExampleTopology::topology();
        session.load(t, QString(), false);
        session.secrets()->reset(ExampleTopology::freshSecrets(t));
        struct Hold // every thread of the global pool, until the end of the test
        {
            QSemaphore release;
            int threads = QThreadPool::globalInstance()->maxThreadCount();
            Hold()
            {
                for (int i = 0; i < threads; ++i)
                    QThreadPool::globalInstance()->start([this] { release.acquire(); });
            }
            ~Hold()
            {
                release.release(threads);
                QThreadPool::globalInstance()->waitForDone();
            }
        } hold;
        FindingsController findings(session.document(), session.secrets());
        findings.validateNow();
        QTRY_VERIFY_WITH_TIMEOUT(!findings.isPending(), 20000);
        QVERIFY(!findings.findings().isEmpty()); // the example has notes
    }
};

QTEST_MAIN(TestFindingsController)
#include "tst_findingscontroller.moc"
