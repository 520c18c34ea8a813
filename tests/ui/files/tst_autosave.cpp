#include "../../platform/memorycredentialstore.h"
#include "core/io/exampletopology.h"
#include "core/io/topologywriter.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editcontroller.h"
#include "ui/editor/editorsession.h"
#include "ui/files/autosave.h"
#include "ui/secrets/secretsstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

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
    void keychainModeWritesNoSecretsFile();
    void keychainCopyGoesWithTheAutosave_data();
    void keychainCopyGoesWithTheAutosave();
    void switchingStorageMovesTheCopy();
    void failingKeychainFailsTheAutosave();
    void keychainCopyNeedsTheKeychain();
    void markerPrecedesTheKeychainEntry();
    void sweepRemovesOrphanedKeychainEntries_data();
    void sweepRemovesOrphanedKeychainEntries();
    void sweepLeavesRecoveriesAndLiveSessions();
};

namespace {

// A session on the example, under a file name in `dir`, secrets in the
// keychain mode, with one unsaved edit.
void startKeychainSession(EditorSession &session, const QTemporaryDir &dir)
{
    const Topology t = ExampleTopology::topology();
    session.load(t, dir.filePath(QStringLiteral("net.topology.json")), false);
    session.secrets()->reset(ExampleTopology::freshSecrets(t));
    session.secrets()->setStorage(SecretsStore::Storage::Keychain);
    session.edits()->addGateway(QPointF());
}

// A keychain-mode session in `dir` that autosaved and was then killed: the
// key of its keychain copy (empty when the autosave failed).
QString crashedKeychainSession(MemoryCredentialStore &keychain, const QTemporaryDir &dir)
{
    EditorSession session(nullptr, &keychain);
    startKeychainSession(session, dir);
    Autosave autosave(&session);
    if (!autosave.writeNow())
        return QString();
    autosave.abandon();
    return autosave.keychainKey();
}

// Every file in the autosave folder, read whole.
QByteArray autosaveBytes()
{
    QByteArray all;
    const QDir dir(Autosave::directory());
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

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
        QTRY_VERIFY(QFile::exists(autosave.secretsPath())); // file mode: a 0600 file
        QCOMPARE(QFile(autosave.secretsPath()).permissions()
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

void TestAutosave::keychainModeWritesNoSecretsFile()
{
    MemoryCredentialStore keychain;
    QTemporaryDir dir;
    Secrets secrets;
    {
        EditorSession session(nullptr, &keychain);
        startKeychainSession(session, dir);
        secrets = session.secrets()->secrets();
        Autosave autosave(&session);
        QString error;
        QVERIFY2(autosave.writeNow(&error), qPrintable(error));
        QVERIFY(QFile::exists(autosave.topologyPath()));
        QVERIFY(!QFile::exists(autosave.secretsPath()));
        QCOMPARE(keychain.entries.keys(), QStringList{autosave.keychainKey()});
        const QByteArray onDisk = autosaveBytes();
        QVERIFY(!onDisk.isEmpty());
        for (const QString &value : secrets.psk.values() + secrets.users.values())
            QVERIFY2(!onDisk.contains(value.toUtf8()), "a secret reached the autosave folder");
        autosave.abandon(); // as if killed here
    }
    const QList<Autosave::Recovery> found = Autosave::recoverable();
    QCOMPARE(found.size(), 1);
    QVERIFY(found[0].keychainMode);
    QVERIFY(found[0].keychainCopy);

    EditorSession restored(nullptr, &keychain);
    QString error;
    QVERIFY2(Autosave::restore(found[0], &restored, &error), qPrintable(error));
    QCOMPARE(restored.secrets()->secrets().psk, secrets.psk);
    QCOMPARE(restored.secrets()->secrets().users, secrets.users);
    QCOMPARE(restored.secrets()->storage(), SecretsStore::Storage::Keychain);
    QVERIFY(restored.isModified());
    QVERIFY(keychain.entries.isEmpty()); // restored once, then gone
    QVERIFY(Autosave::recoverable().isEmpty());
}

void TestAutosave::keychainCopyGoesWithTheAutosave_data()
{
    QTest::addColumn<QString>("end");
    QTest::newRow("clean close") << QStringLiteral("close");
    QTest::newRow("save") << QStringLiteral("save");
    QTest::newRow("discard after a crash") << QStringLiteral("discard");
}

void TestAutosave::keychainCopyGoesWithTheAutosave()
{
    QFETCH(QString, end);
    MemoryCredentialStore keychain;
    QTemporaryDir dir;
    EditorSession session(nullptr, &keychain);
    startKeychainSession(session, dir);
    auto autosave = std::make_unique<Autosave>(&session);
    QVERIFY(autosave->writeNow());
    const QString key = autosave->keychainKey();
    QVERIFY(keychain.entries.contains(key));
    if (end == QLatin1String("close")) {
        autosave.reset();
    } else if (end == QLatin1String("save")) {
        QString error;
        QVERIFY2(session.save(session.fileName(), &error), qPrintable(error));
        QVERIFY(!keychain.entries.isEmpty()); // the topology's own secrets
        QVERIFY(!QFile::exists(autosave->topologyPath()));
    } else {
        autosave->abandon();
        autosave.reset();
        QVERIFY(keychain.entries.contains(key)); // a crash leaves it
        const QList<Autosave::Recovery> found = Autosave::recoverable();
        QCOMPARE(found.size(), 1);
        Autosave::discard(found[0], &keychain);
        QVERIFY(Autosave::recoverable().isEmpty());
    }
    QVERIFY(!keychain.entries.contains(key));
}

void TestAutosave::switchingStorageMovesTheCopy()
{
    MemoryCredentialStore keychain;
    QTemporaryDir dir;
    EditorSession session(nullptr, &keychain);
    startKeychainSession(session, dir);
    Autosave autosave(&session);
    QVERIFY(autosave.writeNow());
    QVERIFY(keychain.entries.contains(autosave.keychainKey()));

    session.secrets()->setStorage(SecretsStore::Storage::File);
    QVERIFY(autosave.writeNow());
    QVERIFY(QFile::exists(autosave.secretsPath()));
    QVERIFY(keychain.entries.isEmpty());

    session.secrets()->setStorage(SecretsStore::Storage::Keychain);
    QVERIFY(autosave.writeNow());
    QVERIFY(!QFile::exists(autosave.secretsPath()));
    QVERIFY(keychain.entries.contains(autosave.keychainKey()));
}

void TestAutosave::failingKeychainFailsTheAutosave()
{
    MemoryCredentialStore keychain;
    keychain.failSaves = true;
    QTemporaryDir dir;
    EditorSession session(nullptr, &keychain);
    startKeychainSession(session, dir);
    Autosave autosave(&session);
    QString error;
    QVERIFY(!autosave.writeNow(&error));
    QVERIFY2(error.contains(QLatin1String("keychain")), qPrintable(error));
    QVERIFY(!QFile::exists(autosave.secretsPath())); // no fallback to a file
    for (const QString &value : session.secrets()->secrets().psk)
        QVERIFY(!error.contains(value));
}

void TestAutosave::keychainCopyNeedsTheKeychain()
{
    MemoryCredentialStore keychain;
    QTemporaryDir dir;
    QVERIFY(!crashedKeychainSession(keychain, dir).isEmpty());
    const QList<Autosave::Recovery> found = Autosave::recoverable();
    QCOMPARE(found.size(), 1);
    EditorSession withoutKeychain;
    QString error;
    QVERIFY(!Autosave::restore(found[0], &withoutKeychain, &error));
    QVERIFY2(error.contains(QLatin1String("keychain")), qPrintable(error));
    QCOMPARE(Autosave::recoverable().size(), 1); // kept for a later try
    QCOMPARE(keychain.entries.size(), 1);
    keychain.entries.clear(); // the entry is gone: a clear error, not empty secrets
    EditorSession withKeychain(nullptr, &keychain);
    QVERIFY(!Autosave::restore(found[0], &withKeychain, &error));
    QVERIFY2(error.contains(QLatin1String("entry not found")), qPrintable(error));
}

namespace {

QStringList autosaveFiles()
{
    return QDir(Autosave::directory()).entryList(QDir::Files, QDir::Name);
}

// One of an autosave's files, by the autosave's keychain key and a suffix.
QString autosaveFile(const QString &keychainKey, const char *suffix)
{
    return Autosave::directory() + u'/' + keychainKey.section(u':', 1) + QLatin1String(suffix);
}

} // namespace

void TestAutosave::markerPrecedesTheKeychainEntry()
{
    MemoryCredentialStore keychain;
    QTemporaryDir dir;
    EditorSession session(nullptr, &keychain);
    startKeychainSession(session, dir);
    Autosave autosave(&session);
    const QString marker = autosaveFile(autosave.keychainKey(), ".keychain");
    int saves = 0;
    keychain.beforeSave = [&](const QString &key) {
        if (key != autosave.keychainKey())
            return;
        ++saves;
        QVERIFY2(QFile::exists(marker), "the keychain entry was written before its marker");
    };
    QVERIFY(autosave.writeNow());
    QCOMPARE(saves, 1);
    QVERIFY(QFile::exists(marker));
    QCOMPARE(QFileInfo(marker).size(), 0); // says where to look, holds nothing
    // Once the copy is gone (storage switched to the file), so is the marker.
    session.secrets()->setStorage(SecretsStore::Storage::File);
    QVERIFY(autosave.writeNow());
    QVERIFY(!keychain.entries.contains(autosave.keychainKey()));
    QVERIFY(!QFile::exists(marker));
}

void TestAutosave::sweepRemovesOrphanedKeychainEntries_data()
{
    QTest::addColumn<bool>("entryWritten"); // did the crash come after the keychain write?
    QTest::newRow("killed after the keychain write") << true;
    QTest::newRow("killed before the keychain write") << false;
}

// A kill between the keychain write and the meta file leaves no recovery to
// offer, but a keychain entry holding every secret: the next start removes it.
void TestAutosave::sweepRemovesOrphanedKeychainEntries()
{
    QFETCH(bool, entryWritten);
    MemoryCredentialStore keychain;
    QTemporaryDir dir;
    const QString key = crashedKeychainSession(keychain, dir);
    QVERIFY(!key.isEmpty());
    // The state of a kill before the meta file was written.
    QVERIFY(QFile::remove(autosaveFile(key, ".autosave.json")));
    if (!entryWritten)
        keychain.entries.remove(key);
    QVERIFY(Autosave::recoverable().isEmpty());
    QCOMPARE(keychain.entries.contains(key), entryWritten);

    // Without a keychain the marker stays, so a later start can still clean up.
    QCOMPARE(Autosave::sweepOrphans(nullptr), 0);
    QVERIFY(autosaveFiles().join(u' ').contains(QLatin1String(".keychain")));

    QCOMPARE(Autosave::sweepOrphans(&keychain), 1);
    QVERIFY(!keychain.entries.contains(key));
    QCOMPARE(autosaveFiles(), QStringList());
}

void TestAutosave::sweepLeavesRecoveriesAndLiveSessions()
{
    MemoryCredentialStore keychain;
    QTemporaryDir dir;
    // A complete recovery: offered, not swept.
    const QString crashedKey = crashedKeychainSession(keychain, dir);
    QVERIFY(!crashedKey.isEmpty());
    EditorSession live(nullptr, &keychain);
    startKeychainSession(live, dir);
    Autosave running(&live);
    QVERIFY(running.writeNow());
    QFile::remove(autosaveFile(running.keychainKey(), ".autosave.json")); // mid-write, as far as files show

    const QStringList before = autosaveFiles();
    QCOMPARE(Autosave::sweepOrphans(&keychain), 0);
    QCOMPARE(autosaveFiles(), before);
    QVERIFY(keychain.entries.contains(crashedKey));
    QVERIFY(keychain.entries.contains(running.keychainKey()));
    QCOMPARE(Autosave::recoverable().size(), 1);
}

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
