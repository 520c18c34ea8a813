#include "../../platform/memorycredentialstore.h"
#include "core/io/exampletopology.h"
#include "core/io/secretsfile.h"
#include "ui/editor/editorsession.h"
#include "ui/secrets/keychainsecrets.h"
#include "ui/secrets/secretsdialog.h"
#include "ui/secrets/secretsstore.h"

#include <QComboBox>
#include <QFileInfo>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool sameSecrets(const Secrets &a, const Secrets &b) { return a.psk == b.psk && a.users == b.users; }

} // namespace

// Per-topology choice of where secrets live: the 0600 secrets file or the OS
// keychain (through CredentialStore), never both.
class TestSecretsStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void fileIsTheDefault();
    void keychainNeverWritesTheFile();
    void keychainRoundTrip();
    void switchingToKeychainRemovesTheFile();
    void switchingBackRemovesKeychainEntries();
    void droppedSecretsLeaveTheKeychain();
    void failedKeychainWriteFailsTheSave();
    void missingEntriesAreReported();
    void keys_data();
    void keys();
    void dialogChoosesStorage();
    void dialogWithoutKeychain();

private:
    QString topologyFile() const { return m_dir->filePath(QStringLiteral("net.topology.json")); }
    QString secretsFile() const { return m_dir->filePath(QStringLiteral("net.secrets.json")); }
    void saveAs(EditorSession &session, SecretsStore::Storage storage);

    QTemporaryDir *m_dir = nullptr;
    MemoryCredentialStore m_keychain;
    Topology m_topology = ExampleTopology::topology();
    Secrets m_secrets = ExampleTopology::freshSecrets(m_topology);
};

void TestSecretsStorage::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_keychain.entries.clear();
    m_keychain.failSaves = false;
}

void TestSecretsStorage::cleanup()
{
    KeychainSecrets::setChosen(topologyFile(), false);
    delete m_dir;
}

void TestSecretsStorage::saveAs(EditorSession &session, SecretsStore::Storage storage)
{
    session.load(m_topology, QString(), false);
    session.secrets()->reset(m_secrets);
    session.secrets()->setStorage(storage);
    QString error;
    QVERIFY2(session.save(topologyFile(), &error), qPrintable(error));
}

void TestSecretsStorage::fileIsTheDefault()
{
    EditorSession session(nullptr, &m_keychain);
    QCOMPARE(session.secrets()->storage(), SecretsStore::Storage::File);
    saveAs(session, SecretsStore::Storage::File);
    QVERIFY(QFileInfo::exists(secretsFile()));
    QCOMPARE(QFileInfo(secretsFile()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(m_keychain.entries.isEmpty());
}

void TestSecretsStorage::keychainNeverWritesTheFile()
{
    EditorSession session(nullptr, &m_keychain);
    saveAs(session, SecretsStore::Storage::Keychain);
    QVERIFY(!QFileInfo::exists(secretsFile()));
    QCOMPARE(m_keychain.entries.size(), m_secrets.psk.size() + m_secrets.users.size());
    const QString alice = KeychainSecrets::key(topologyFile(), QStringLiteral("user"),
                                               QStringLiteral("alice"));
    QCOMPARE(m_keychain.entries.value(alice), m_secrets.users.value(QStringLiteral("alice")));
    QVERIFY(!session.isModified());
    // The topology file itself carries no secret either.
    QFile f(topologyFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains(m_secrets.users.value(QStringLiteral("alice")).toUtf8()));
}

void TestSecretsStorage::keychainRoundTrip()
{
    {
        EditorSession session(nullptr, &m_keychain);
        saveAs(session, SecretsStore::Storage::Keychain);
    }
    EditorSession reopened(nullptr, &m_keychain);
    QString error;
    QVERIFY2(reopened.open(topologyFile(), &error), qPrintable(error));
    QCOMPARE(reopened.secrets()->storage(), SecretsStore::Storage::Keychain);
    QVERIFY(sameSecrets(reopened.secrets()->secrets(), m_secrets));
    QVERIFY(reopened.secrets()->keychainProblem().isEmpty());
    QVERIFY(!reopened.isModified());
}

void TestSecretsStorage::switchingToKeychainRemovesTheFile()
{
    EditorSession session(nullptr, &m_keychain);
    saveAs(session, SecretsStore::Storage::File);
    QVERIFY(QFileInfo::exists(secretsFile()));
    session.secrets()->setStorage(SecretsStore::Storage::Keychain);
    QVERIFY(session.isModified()); // the choice is saved like an edit
    QString error;
    QVERIFY2(session.save(topologyFile(), &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(secretsFile()));
    QCOMPARE(m_keychain.entries.size(), m_secrets.psk.size() + m_secrets.users.size());
}

void TestSecretsStorage::switchingBackRemovesKeychainEntries()
{
    EditorSession session(nullptr, &m_keychain);
    saveAs(session, SecretsStore::Storage::Keychain);
    QVERIFY(!m_keychain.entries.isEmpty());
    EditorSession reopened(nullptr, &m_keychain);
    QString error;
    QVERIFY2(reopened.open(topologyFile(), &error), qPrintable(error));
    reopened.secrets()->setStorage(SecretsStore::Storage::File);
    QVERIFY2(reopened.save(topologyFile(), &error), qPrintable(error));
    QVERIFY(m_keychain.entries.isEmpty());
    LoadError loadError;
    const auto onDisk = SecretsFile::fromFile(secretsFile(), &loadError);
    QVERIFY2(onDisk, qPrintable(loadError.toString()));
    QVERIFY(sameSecrets(*onDisk, m_secrets));
    EditorSession again(nullptr, &m_keychain);
    QVERIFY2(again.open(topologyFile(), &error), qPrintable(error));
    QCOMPARE(again.secrets()->storage(), SecretsStore::Storage::File);
}

void TestSecretsStorage::droppedSecretsLeaveTheKeychain()
{
    EditorSession session(nullptr, &m_keychain);
    saveAs(session, SecretsStore::Storage::Keychain);
    session.secrets()->removePassword(QStringLiteral("bob"));
    QString error;
    QVERIFY2(session.save(topologyFile(), &error), qPrintable(error));
    QVERIFY(!m_keychain.entries.contains(
        KeychainSecrets::key(topologyFile(), QStringLiteral("user"), QStringLiteral("bob"))));
    QVERIFY(m_keychain.entries.contains(
        KeychainSecrets::key(topologyFile(), QStringLiteral("user"), QStringLiteral("alice"))));
}

void TestSecretsStorage::failedKeychainWriteFailsTheSave()
{
    EditorSession session(nullptr, &m_keychain);
    saveAs(session, SecretsStore::Storage::File);
    m_keychain.failSaves = true;
    session.secrets()->setStorage(SecretsStore::Storage::Keychain);
    QString error;
    QVERIFY(!session.save(topologyFile(), &error));
    QVERIFY2(error.contains(QLatin1String("the keychain is locked")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("OS keychain")), qPrintable(error));
    for (const QString &value : m_secrets.psk)
        QVERIFY(!error.contains(value));
    QVERIFY(QFileInfo::exists(secretsFile())); // the old file stays: nothing was lost
    QVERIFY(session.isModified());
}

void TestSecretsStorage::missingEntriesAreReported()
{
    {
        EditorSession session(nullptr, &m_keychain);
        saveAs(session, SecretsStore::Storage::Keychain);
    }
    m_keychain.entries.remove(
        KeychainSecrets::key(topologyFile(), QStringLiteral("user"), QStringLiteral("alice")));
    EditorSession reopened(nullptr, &m_keychain);
    QString error;
    QVERIFY2(reopened.open(topologyFile(), &error), qPrintable(error));
    QVERIFY(!reopened.secrets()->secrets().users.contains(QStringLiteral("alice")));
    QVERIFY(reopened.secrets()->secrets().users.contains(QStringLiteral("bob")));
    const QString problem = reopened.secrets()->keychainProblem();
    QVERIFY2(problem.contains(QLatin1String("user alice")), qPrintable(problem));
}

void TestSecretsStorage::keys_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("psk") << "psk" << "hq-l2tp" << "#psk/hq-l2tp";
    QTest::newRow("user") << "user" << "alice@corp" << "#user/alice@corp";
}

void TestSecretsStorage::keys()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, suffix);
    const QString key = KeychainSecrets::key(topologyFile(), kind, name);
    QCOMPARE(key, QStringLiteral("routestudio-editor:") + QFileInfo(topologyFile()).absoluteFilePath()
                      + suffix);
    // Keyed by the topology file: another file's secret of the same name is another entry.
    QVERIFY(key != KeychainSecrets::key(m_dir->filePath(QStringLiteral("other.topology.json")),
                                        kind, name));
}

void TestSecretsStorage::dialogChoosesStorage()
{
    EditorSession session(nullptr, &m_keychain);
    session.load(m_topology, QString(), false);
    session.secrets()->reset(m_secrets);
    SecretsDialog dialog(session.document(), session.secrets());
    QComboBox *box = dialog.storageBox();
    QCOMPARE(box->currentData().toInt(), int(SecretsStore::Storage::File));
    QTest::keyClick(box, Qt::Key_Down); // keyboard: the next entry is the keychain
    QCOMPARE(session.secrets()->storage(), SecretsStore::Storage::Keychain);
    QVERIFY(session.isModified());
}

void TestSecretsStorage::dialogWithoutKeychain()
{
    EditorSession session; // no keychain in this session
    session.load(m_topology, QString(), false);
    SecretsDialog dialog(session.document(), session.secrets());
    auto *items = qobject_cast<QStandardItemModel *>(dialog.storageBox()->model());
    QVERIFY(items);
    QVERIFY(!items->item(1)->isEnabled());
    QVERIFY(items->item(0)->isEnabled());
}

QTEST_MAIN(TestSecretsStorage)
#include "tst_secretsstorage.moc"
