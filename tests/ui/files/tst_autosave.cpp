#include "core/io/exampletopology.h"
#include "core/io/topologywriter.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/editor/editorsession.h"
#include "ui/files/autosave.h"
#include "ui/secrets/secretsstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Unsaved work survives a crash: the autosave of a session that did not end
// normally is offered and restored; a live or cleanly closed one is not.
class TestAutosave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void writesAfterEditsAndRecoversAfterCrash();
    void liveSessionIsNotRecoverable();
    void cleanExitLeavesNothing();
    void savingRemovesAutosave();
};

void TestAutosave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Autosave::directory().contains(QStringLiteral("qttest")));
}

void TestAutosave::init() { QDir(Autosave::directory()).removeRecursively(); }

void TestAutosave::writesAfterEditsAndRecoversAfterCrash()
{
    QByteArray expected;
    Secrets secrets;
    {
        EditorSession session;
        const Topology t = ExampleTopology::topology();
        session.load(t, QStringLiteral("/tmp/somewhere/net.topology.json"), false);
        secrets = ExampleTopology::freshSecrets(t);
        session.secrets()->reset(secrets);
        Autosave autosave(&session);
        autosave.setDelay(10);
        session.edits()->addHub(QPointF(5, 6));
        QTRY_VERIFY(QFile::exists(autosave.topologyPath()));
        QCOMPARE(QFile(autosave.topologyPath()).permissions()
                     & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        expected = TopologyWriter::toJson(session.document()->topology());
        autosave.abandon(); // as if killed here
    }
    const QList<Autosave::Recovery> found = Autosave::recoverable();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].originalFile, QStringLiteral("/tmp/somewhere/net.topology.json"));
    QVERIFY(found[0].savedAt.isValid());

    EditorSession restored;
    QString error;
    QVERIFY2(Autosave::restore(found[0], &restored, &error), qPrintable(error));
    QCOMPARE(TopologyWriter::toJson(restored.document()->topology()), expected);
    QCOMPARE(restored.secrets()->secrets().psk, secrets.psk);
    QVERIFY(restored.isModified());
    QCOMPARE(restored.fileName(), QStringLiteral("/tmp/somewhere/net.topology.json"));
    QVERIFY(Autosave::recoverable().isEmpty()); // restored once, then gone
}

void TestAutosave::liveSessionIsNotRecoverable()
{
    EditorSession session;
    session.load(ExampleTopology::topology(), QString(), false);
    Autosave autosave(&session);
    session.edits()->addGateway(QPointF());
    QString error;
    QVERIFY2(autosave.writeNow(&error), qPrintable(error));
    QVERIFY(QFile::exists(autosave.topologyPath()));
    QVERIFY(Autosave::recoverable().isEmpty());
}

void TestAutosave::cleanExitLeavesNothing()
{
    QString path;
    {
        EditorSession session;
        session.load(ExampleTopology::topology(), QString(), false);
        Autosave autosave(&session);
        session.edits()->addGateway(QPointF());
        QVERIFY(autosave.writeNow());
        path = autosave.topologyPath();
        QVERIFY(QFile::exists(path));
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY(Autosave::recoverable().isEmpty());
}

void TestAutosave::savingRemovesAutosave()
{
    QTemporaryDir dir;
    EditorSession session;
    session.load(ExampleTopology::topology(), QString(), false);
    Autosave autosave(&session);
    session.edits()->addGateway(QPointF());
    QVERIFY(autosave.writeNow());
    QString error;
    QVERIFY(session.save(dir.filePath(QStringLiteral("a.topology.json")), &error));
    QVERIFY(!QFile::exists(autosave.topologyPath()));
}

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
