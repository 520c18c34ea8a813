#include "core/io/exampletopology.h"
#include "platform/common/keychaincredentialstore.h"
#include "ui/editor/editorsession.h"
#include "ui/secrets/keychainsecrets.h"
#include "ui/secrets/secretsstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The editor's "secrets in the OS keychain" against the real QtKeychain and a
// real Secret Service (run-secretskeychain.sh: private D-Bus session with
// gnome-keyring-daemon): saved there, no secrets file, read back by a new
// session, and gone from the keyring when the topology goes back to a file.
class TestSecretsKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void saveAndReopen();
    void backToFileEmptiesTheKeyring();

private:
    QString topologyFile() const { return m_dir.filePath(QStringLiteral("net.topology.json")); }
    QString secretsFile() const { return m_dir.filePath(QStringLiteral("net.secrets.json")); }
    QString lookup(const QString &kind, const QString &name) const;
    void saveInKeychain();

    QTemporaryDir m_dir;
    QString m_service;
    Topology m_topology = ExampleTopology::topology();
    Secrets m_secrets = ExampleTopology::freshSecrets(m_topology);
};

void TestSecretsKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run this test through run-secretskeychain.sh");
    QVERIFY(m_dir.isValid());
    m_service = QStringLiteral("RouteStudio-test-%1").arg(QCoreApplication::applicationPid());
}

void TestSecretsKeychain::cleanup() { KeychainSecrets::setChosen(topologyFile(), false); }

// What the Secret Service holds for one of the topology's secrets.
QString TestSecretsKeychain::lookup(const QString &kind, const QString &name) const
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"),
             KeychainSecrets::key(topologyFile(), kind, name)});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestSecretsKeychain::saveInKeychain()
{
    KeychainCredentialStore keychain(m_service);
    EditorSession session(nullptr, &keychain);
    session.load(m_topology, QString(), false);
    session.secrets()->reset(m_secrets);
    session.secrets()->setStorage(SecretsStore::Storage::Keychain);
    QString error;
    QVERIFY2(session.save(topologyFile(), &error), qPrintable(error));
}

void TestSecretsKeychain::saveAndReopen()
{
    saveInKeychain();
    QVERIFY(!QFileInfo::exists(secretsFile()));
    const QString alice = QStringLiteral("alice");
    QCOMPARE(lookup(QStringLiteral("user"), alice), m_secrets.users.value(alice));
    const QString psk = m_secrets.psk.firstKey();
    QCOMPARE(lookup(QStringLiteral("psk"), psk), m_secrets.psk.value(psk));

    KeychainCredentialStore keychain(m_service); // a new process would have a new store
    EditorSession reopened(nullptr, &keychain);
    QString error;
    QVERIFY2(reopened.open(topologyFile(), &error), qPrintable(error));
    QCOMPARE(reopened.secrets()->storage(), SecretsStore::Storage::Keychain);
    QVERIFY2(reopened.secrets()->keychainProblem().isEmpty(),
             qPrintable(reopened.secrets()->keychainProblem()));
    QCOMPARE(reopened.secrets()->secrets().psk, m_secrets.psk);
    QCOMPARE(reopened.secrets()->secrets().users, m_secrets.users);
}

void TestSecretsKeychain::backToFileEmptiesTheKeyring()
{
    saveInKeychain();
    KeychainCredentialStore keychain(m_service);
    EditorSession session(nullptr, &keychain);
    QString error;
    QVERIFY2(session.open(topologyFile(), &error), qPrintable(error));
    session.secrets()->setStorage(SecretsStore::Storage::File);
    QVERIFY2(session.save(topologyFile(), &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(secretsFile()));
    for (auto it = m_secrets.psk.cbegin(); it != m_secrets.psk.cend(); ++it)
        QCOMPARE(lookup(QStringLiteral("psk"), it.key()), QString());
    for (auto it = m_secrets.users.cbegin(); it != m_secrets.users.cend(); ++it)
        QCOMPARE(lookup(QStringLiteral("user"), it.key()), QString());
}

QTEST_GUILESS_MAIN(TestSecretsKeychain)
#include "tst_secretskeychain.moc"
