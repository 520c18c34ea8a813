#include "ui/secrets/secretsstore.h"

#include "core/io/secretsfile.h"
#include "ui/secrets/keychainsecrets.h"

#include <QFile>
#include <QFileInfo>

namespace {

bool sameFile(const QString &a, const QString &b)
{
    return !a.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

// The entries of `old` that `now` no longer has (names only matter).
Secrets dropped(const Secrets &old, const Secrets &now)
{
    Secrets out;
    for (auto it = old.psk.cbegin(); it != old.psk.cend(); ++it) {
        if (!now.psk.contains(it.key()))
            out.psk.insert(it.key(), QString());
    }
    for (auto it = old.users.cbegin(); it != old.users.cend(); ++it) {
        if (!now.users.contains(it.key()))
            out.users.insert(it.key(), QString());
    }
    return out;
}

} // namespace

SecretsStore::SecretsStore(CredentialStore *keychain, QObject *parent)
    : QObject(parent), m_keychain(keychain)
{
}

void SecretsStore::reset(const Secrets &secrets)
{
    m_secrets = secrets;
    ++m_revision;
    m_storage.reset();
    Q_EMIT changed();
    Q_EMIT storageChanged();
    setModified(false);
}

void SecretsStore::setPsk(const QString &name, const QString &value)
{
    if (m_secrets.psk.value(name) == value && m_secrets.psk.contains(name))
        return;
    m_secrets.psk.insert(name, value);
    touch();
}

void SecretsStore::setPassword(const QString &user, const QString &value)
{
    if (m_secrets.users.value(user) == value && m_secrets.users.contains(user))
        return;
    m_secrets.users.insert(user, value);
    touch();
}

void SecretsStore::removePsk(const QString &name)
{
    if (m_secrets.psk.remove(name) > 0)
        touch();
}

void SecretsStore::removePassword(const QString &user)
{
    if (m_secrets.users.remove(user) > 0)
        touch();
}

void SecretsStore::touch()
{
    ++m_revision;
    Q_EMIT changed();
    setModified(true);
}

void SecretsStore::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

SecretsStore::Storage SecretsStore::storage() const
{
    if (m_storage)
        return *m_storage;
    return KeychainSecrets::isChosen(m_fileName) ? Storage::Keychain : Storage::File;
}

void SecretsStore::setStorage(Storage storage)
{
    if (storage == this->storage())
        return;
    m_storage = storage;
    Q_EMIT storageChanged();
    setModified(true);
}

std::optional<Secrets> SecretsStore::read(const QString &topologyFile, const Topology &topology,
                                          QString *error)
{
    m_keychainProblem.clear();
    m_keychainFile.clear();
    m_keychainNames = Secrets();
    if (KeychainSecrets::isChosen(topologyFile)) {
        if (!m_keychain) {
            m_keychainProblem = tr("The secrets of this topology are kept in the OS keychain, "
                                   "which is not available.");
            return Secrets();
        }
        QStringList problems;
        Secrets s = KeychainSecrets::read(*m_keychain, topologyFile, topology, &problems);
        if (!problems.isEmpty())
            m_keychainProblem = tr("%n secret(s) could not be read from the OS keychain "
                                   "(first: %1).",
                                   nullptr, int(problems.size()))
                                    .arg(problems.first());
        m_keychainFile = topologyFile;
        m_keychainNames = s;
        return s;
    }
    const QString path = secretsPathFor(topologyFile);
    if (!QFileInfo::exists(path))
        return Secrets();
    LoadError loadError;
    auto s = SecretsFile::fromFile(path, &loadError);
    if (!s)
        *error = loadError.toString();
    return s;
}

bool SecretsStore::write(const QString &topologyFile, QString *error)
{
    return storage() == Storage::Keychain ? writeKeychain(topologyFile, error)
                                          : writeFile(topologyFile, error);
}

bool SecretsStore::writeKeychain(const QString &topologyFile, QString *error)
{
    if (!m_keychain) {
        *error = tr("%1: the OS keychain is not available; choose the secrets file in "
                    "Edit → Secrets")
                     .arg(topologyFile);
        return false;
    }
    if (!KeychainSecrets::write(*m_keychain, topologyFile, m_secrets, error))
        return false;
    if (sameFile(m_keychainFile, topologyFile))
        KeychainSecrets::remove(*m_keychain, topologyFile, dropped(m_keychainNames, m_secrets));
    m_keychainFile = topologyFile;
    m_keychainNames = m_secrets;
    KeychainSecrets::setChosen(topologyFile, true);
    // The secrets are in the keychain now: no copy stays in a file.
    const QString path = secretsPathFor(topologyFile);
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        *error = tr("%1: cannot remove the old secrets file (the secrets are in the OS "
                    "keychain now)")
                     .arg(path);
        return false;
    }
    return true;
}

bool SecretsStore::writeFile(const QString &topologyFile, QString *error)
{
    const QString path = secretsPathFor(topologyFile);
    const bool hasSecrets = !m_secrets.psk.isEmpty() || !m_secrets.users.isEmpty();
    if ((hasSecrets || QFileInfo::exists(path)) && !SecretsFile::toFile(m_secrets, path, error))
        return false;
    if (KeychainSecrets::isChosen(topologyFile)) {
        // Moved from the keychain to the file: remove the keychain copies.
        if (m_keychain) {
            Secrets names = m_secrets;
            if (sameFile(m_keychainFile, topologyFile)) {
                names.psk.insert(m_keychainNames.psk);
                names.users.insert(m_keychainNames.users);
            }
            KeychainSecrets::remove(*m_keychain, topologyFile, names);
        }
        KeychainSecrets::setChosen(topologyFile, false);
    }
    m_keychainFile.clear();
    m_keychainNames = Secrets();
    return true;
}

QString SecretsStore::secretsPathFor(const QString &topologyPath)
{
    static const QString topologySuffix = QStringLiteral(".topology.json");
    static const QString jsonSuffix = QStringLiteral(".json");
    QString stem = topologyPath;
    if (stem.endsWith(topologySuffix))
        stem.chop(topologySuffix.size());
    else if (stem.endsWith(jsonSuffix))
        stem.chop(jsonSuffix.size());
    return stem + QStringLiteral(".secrets.json");
}
