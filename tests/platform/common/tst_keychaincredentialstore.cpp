#include "core/io/secretsfile.h"
#include "platform/common/keychaincredentialstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// The real QtKeychain against a real Secret Service (gnome-keyring-daemon on
// a private D-Bus session; run-keychaincredentialstore.sh starts both): what
// the editor and Connect keep in "the OS keychain" is really there, under the
// key they chose, and nowhere else.
class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void saveReplaces();
    void removeThenLoadFails();
    void missingEntryIsAClearError();
    void servicesAreSeparate();
    void entryIsInTheSecretService();

private:
    QString m_service;
};

namespace {

// secret-tool over the same bus: what the Secret Service itself holds.
QString secretToolLookup(const QStringList &attributes)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), QStringList{QStringLiteral("lookup")} + attributes);
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

void TestKeychainCredentialStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run this test through run-keychaincredentialstore.sh");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool (libsecret-tools) is missing");
    m_service = QStringLiteral("RouteStudio-test-%1").arg(QCoreApplication::applicationPid());
}

void TestKeychainCredentialStore::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::newRow("connect password") << QStringLiteral("staff/alice")
                                      << QStringLiteral("Xk3!b%Q9~z/=+@p");
    QTest::newRow("non-ASCII and spaces")
        << QStringLiteral("Büro Köln/jörg") << QStringLiteral("pässwört mit ünïcödé ✓");
    // The editor keeps a whole secrets file as one entry (autosave, keychain mode).
    Secrets s;
    for (int i = 0; i < 200; ++i) {
        s.psk.insert(QStringLiteral("link-%1").arg(i), QStringLiteral("psk-%1-").arg(i).repeated(8));
        s.users.insert(QStringLiteral("user%1").arg(i), QStringLiteral("pw%1.").arg(i).repeated(6));
    }
    QTest::newRow("a secrets file (40 kB)")
        << QStringLiteral("routestudio-editor-autosave:3f7c") << QString::fromUtf8(SecretsFile::toJson(s));
}

void TestKeychainCredentialStore::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(QString, secret);
    KeychainCredentialStore store(m_service);
    QString error;
    QVERIFY2(store.save(key, secret, &error), qPrintable(error));
    const auto loaded = store.load(key, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, secret);
    QVERIFY2(store.remove(key, &error), qPrintable(error));
}

void TestKeychainCredentialStore::saveReplaces()
{
    KeychainCredentialStore store(m_service);
    QString error;
    const QString key = QStringLiteral("staff/bob");
    QVERIFY2(store.save(key, QStringLiteral("first-password"), &error), qPrintable(error));
    QVERIFY2(store.save(key, QStringLiteral("second-password"), &error), qPrintable(error));
    QCOMPARE(store.load(key, &error).value_or(QString()), QStringLiteral("second-password"));
    QVERIFY(store.remove(key, &error));
}

void TestKeychainCredentialStore::removeThenLoadFails()
{
    KeychainCredentialStore store(m_service);
    QString error;
    const QString key = QStringLiteral("staff/carol");
    QVERIFY2(store.save(key, QStringLiteral("carols-password"), &error), qPrintable(error));
    QVERIFY2(store.remove(key, &error), qPrintable(error));
    error.clear();
    QVERIFY(!store.load(key, &error));
    QVERIFY(!error.isEmpty());
}

void TestKeychainCredentialStore::missingEntryIsAClearError()
{
    KeychainCredentialStore store(m_service);
    QString error;
    QVERIFY(!store.load(QStringLiteral("never/saved"), &error));
    QVERIFY2(error.contains(QLatin1String("not found"), Qt::CaseInsensitive)
                 || error.contains(QLatin1String("no match"), Qt::CaseInsensitive),
             qPrintable(error));
}

void TestKeychainCredentialStore::servicesAreSeparate()
{
    KeychainCredentialStore a(m_service);
    KeychainCredentialStore b(m_service + QStringLiteral("-other"));
    QString error;
    const QString key = QStringLiteral("staff/dave");
    QVERIFY2(a.save(key, QStringLiteral("daves-password"), &error), qPrintable(error));
    QVERIFY(!b.load(key, &error));
    QVERIFY(a.remove(key, &error));
}

// Not a fallback file: the Secret Service answers for the entry, by the
// attributes QtKeychain's libsecret backend stores (server = service, user = key).
void TestKeychainCredentialStore::entryIsInTheSecretService()
{
    KeychainCredentialStore store(m_service);
    QString error;
    const QString key = QStringLiteral("staff/erin");
    const QString secret = QStringLiteral("erins-password-42");
    QVERIFY2(store.save(key, secret, &error), qPrintable(error));
    const QStringList attributes{QStringLiteral("server"), m_service, QStringLiteral("user"), key};
    QCOMPARE(secretToolLookup(attributes), secret);
    QVERIFY(store.remove(key, &error));
    QCOMPARE(secretToolLookup(attributes), QString());
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
