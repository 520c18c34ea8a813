#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QObject>
#include <optional>

class CredentialStore;

// The secrets that belong to the open topology (PSKs, user passwords). Not
// part of the undo history: secrets are kept apart from the topology, per
// topology either in their own 0600 file beside it (the default) or in the
// OS keychain (KeychainSecrets), never both. read() and write() move them
// between the store and the chosen place; EditorSession calls them.
class SecretsStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsStore)

public:
    enum class Storage { File, Keychain };

    // Without a keychain only the secrets file is offered.
    explicit SecretsStore(CredentialStore *keychain = nullptr, QObject *parent = nullptr);

    const Secrets &secrets() const { return m_secrets; }
    bool isModified() const { return m_modified; }
    // Grows with every change of the secrets, before changed().
    quint64 revision() const { return m_revision; }

    void reset(const Secrets &secrets); // not modified afterwards; storage as remembered
    void setPsk(const QString &name, const QString &value);
    void setPassword(const QString &user, const QString &value);
    void removePsk(const QString &name);
    void removePassword(const QString &user);
    void setModified(bool modified);

    // Where the secrets go on the next save: as chosen in this session, else
    // as remembered for the topology file, else the secrets file.
    Storage storage() const;
    void setStorage(Storage storage); // marks the secrets modified
    bool hasKeychain() const { return m_keychain != nullptr; }
    CredentialStore *keychain() const { return m_keychain; } // null without one
    // The open topology's file (EditorSession keeps it current).
    void setFileName(const QString &topologyFile) { m_fileName = topologyFile; }
    // Why some secrets could not be read from the keychain at the last read(); empty if none.
    const QString &keychainProblem() const { return m_keychainProblem; }

    // The secrets of `topologyFile` from where they are kept (a missing
    // secrets file is no secrets); nullopt and *error on a broken file.
    std::optional<Secrets> read(const QString &topologyFile, const Topology &topology,
                                QString *error);
    // Saves the secrets for `topologyFile` in storage(): the keychain mode
    // removes an old secrets file, the file mode removes old keychain entries.
    bool write(const QString &topologyFile, QString *error);

    // "x.topology.json" -> "x.secrets.json"; "x.json" -> "x.secrets.json".
    static QString secretsPathFor(const QString &topologyPath);

Q_SIGNALS:
    void changed();
    void modifiedChanged(bool modified);
    void storageChanged();

private:
    void touch();
    bool writeKeychain(const QString &topologyFile, QString *error);
    bool writeFile(const QString &topologyFile, QString *error);

    CredentialStore *m_keychain;
    Secrets m_secrets;
    bool m_modified = false;
    quint64 m_revision = 0;
    std::optional<Storage> m_storage; // chosen in this session
    QString m_fileName;
    QString m_keychainProblem;
    // The entries known to be in the keychain, for m_keychainFile (to drop stale ones).
    QString m_keychainFile;
    Secrets m_keychainNames;
};
