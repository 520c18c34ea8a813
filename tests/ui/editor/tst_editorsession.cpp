#include "core/io/exampletopology.h"
#include "core/io/topologyreader.h"
#include "core/io/topologywriter.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/editor/editorsession.h"
#include "ui/secrets/secretsstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Save / open round trip, modified state, and the secrets file beside the topology.
class TestEditorSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsPath_data();
    void secretsPath();
    void saveOpenRoundTrip();
    void modifiedFollowsUndo();
    void openRefusesBadFile();
};

void TestEditorSession::secretsPath_data()
{
    QTest::addColumn<QString>("topology");
    QTest::addColumn<QString>("secrets");
    QTest::newRow("topology.json") << "/a/x.topology.json" << "/a/x.secrets.json";
    QTest::newRow("json") << "/a/x.json" << "/a/x.secrets.json";
    QTest::newRow("other") << "/a/x.txt" << "/a/x.txt.secrets.json";
}

void TestEditorSession::secretsPath()
{
    QFETCH(QString, topology);
    QFETCH(QString, secrets);
    QCOMPARE(SecretsStore::secretsPathFor(topology), secrets);
}

void TestEditorSession::saveOpenRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("net.topology.json"));
    EditorSession session;
    const Topology example = ExampleTopology::topology();
    session.load(example, QString(), false);
    session.secrets()->reset(ExampleTopology::freshSecrets(example));
    const QString gw = session.edits()->addGateway(QPointF(12, 34));
    QVERIFY(session.isModified());
    QSignalSpy saved(&session, &EditorSession::saved);

    QString error;
    QVERIFY2(session.save(path, &error), qPrintable(error));
    QCOMPARE(saved.count(), 1);
    QVERIFY(!session.isModified());
    QCOMPARE(session.fileName(), path);
    QFile secretsFile(dir.filePath(QStringLiteral("net.secrets.json")));
    QVERIFY(secretsFile.exists());
    QCOMPARE(secretsFile.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    EditorSession reopened;
    QVERIFY2(reopened.open(path, &error), qPrintable(error));
    QCOMPARE(TopologyWriter::toJson(reopened.document()->topology()),
             TopologyWriter::toJson(session.document()->topology()));
    QCOMPARE(reopened.document()->topology().layout.value(gw), QPointF(12, 34));
    QCOMPARE(reopened.secrets()->secrets().psk, session.secrets()->secrets().psk);
    QCOMPARE(reopened.secrets()->secrets().users, session.secrets()->secrets().users);
    QVERIFY(!reopened.isModified());
    QCOMPARE(TopologyWriter::toJson(reopened.savedTopology()),
             TopologyWriter::toJson(reopened.document()->topology()));
}

void TestEditorSession::modifiedFollowsUndo()
{
    EditorSession session;
    session.load(ExampleTopology::topology(), QString(), false);
    QSignalSpy modified(&session, &EditorSession::modifiedChanged);
    QVERIFY(!session.isModified());
    session.edits()->addHub(QPointF());
    QVERIFY(session.isModified());
    session.undoStack()->undo();
    QVERIFY(!session.isModified());
    QVERIFY(modified.count() >= 2);
    session.secrets()->setPsk(QStringLiteral("k"), QStringLiteral("abcdefgh12"));
    QVERIFY(session.isModified());
}

void TestEditorSession::openRefusesBadFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.topology.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"routestudio-topology\", \"version\": 1, \"sites\": [ }");
    f.close();
    EditorSession session;
    session.load(ExampleTopology::topology(), QString(), false);
    QString error;
    QVERIFY(!session.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("bad.topology.json")), qPrintable(error));
    QCOMPARE(session.document()->topology().sites.size(), 2); // untouched
}

QTEST_MAIN(TestEditorSession)
#include "tst_editorsession.moc"
