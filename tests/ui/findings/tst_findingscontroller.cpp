#include "core/generators/generationplan.h"
#include "core/generators/sitegeneration.h"
#include "core/io/exampletopology.h"
#include "tests/core/fixturefiles.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/editor/editorsession.h"
#include "ui/findings/findingscontroller.h"
#include "ui/secrets/secretsstore.h"

#include <QDir>
#include <QSemaphore>
#include <QTemporaryDir>
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
        FindingsController findings(&session);
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

    // A folder of box collections (docs/check.md, "Editor and Monitor"): the
    // boxes' faults join the findings on their sites, counted per site, until
    // the folder is fixed or dropped. hq's collection says forwarding is off.
    void boxesOfACheckFolderJoinTheFindings()
    {
        const QString seed = QStringLiteral(ROUTESTUDIO_SOURCE_DIR "/resources/examples/seed");
        const Topology t = FixtureFiles::topology(seed);
        const Secrets secrets = FixtureFiles::secrets(seed);
        EditorSession session;
        session.load(t, QString(), false);
        session.secrets()->reset(secrets);
        QTemporaryDir folder;
        const GenerationPlan plan(t, secrets);
        for (const QString &site : {QStringLiteral("hq"), QStringLiteral("site-a")}) {
            const QDir sample(QStringLiteral(ROUTESTUDIO_TEST_DATA "/check/seed-") + site);
            QDir().mkpath(folder.filePath(site));
            for (const QString &f : sample.entryList(QDir::Files))
                QFile::copy(sample.filePath(f), folder.filePath(site + u'/' + f));
            for (const GeneratedFile &f : SiteGeneration::filesOf(plan, *t.site(site))) {
                const QString path = folder.filePath(site + QStringLiteral("/files/") + f.path);
                QDir().mkpath(QFileInfo(path).path());
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(f.content);
            }
        }
        const QString sysctl = folder.filePath(QStringLiteral("hq/sysctl.txt"));
        QFile::remove(sysctl);
        QFile broken(sysctl);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("net.ipv4.ip_forward = 0\n");
        broken.close();

        FindingsController findings(&session);
        QTRY_VERIFY(!findings.isPending());
        const auto checks = [&findings] {
            QList<Finding> out;
            for (const Finding &f : findings.findings()) {
                if (f.code.startsWith(QLatin1String("check-")))
                    out << f;
            }
            return out;
        };
        QVERIFY(checks().isEmpty());
        findings.setCheckFolder(folder.path());
        QTRY_VERIFY(!findings.isPending());
        QCOMPARE(checks().size(), 1);
        QCOMPARE(checks().first().code, QStringLiteral("check-forwarding-off"));
        QCOMPARE(checks().first().objects, QStringList{"hq"});
        QCOMPARE(checks().first().paths, QStringList{"sites[0]"});
        QVERIFY(checks().first().message.contains(QLatin1String("net.ipv4.ip_forward = 0")));
        QCOMPARE(findings.checkFailures(), (QMap<QString, int>{{"hq", 1}, {"site-a", 0}}));
        // Both boxes route over their tunnel: the link carries traffic now.
        const QSet<QString> link{QStringLiteral("hq-site-a")};
        QCOMPARE(findings.activeLinks(), (QMap<QString, QSet<QString>>{{"hq", link}, {"site-a", link}}));

        QFile::remove(sysctl);
        QVERIFY(QFile::copy(QStringLiteral(ROUTESTUDIO_TEST_DATA "/check/seed-hq/sysctl.txt"), sysctl));
        findings.validateNow(); // what the minute's timer does
        QTRY_VERIFY(!findings.isPending());
        QVERIFY(checks().isEmpty());
        QCOMPARE(findings.checkFailures(), (QMap<QString, int>{{"hq", 0}, {"site-a", 0}}));

        findings.setCheckFolder(QString());
        QTRY_VERIFY(!findings.isPending());
        QVERIFY(findings.checkFailures().isEmpty());
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
        FindingsController findings(&session);
        findings.validateNow();
        QTRY_VERIFY_WITH_TIMEOUT(!findings.isPending(), 20000);
        QVERIFY(!findings.findings().isEmpty()); // the example has notes
    }
};

QTEST_MAIN(TestFindingsController)
#include "tst_findingscontroller.moc"
