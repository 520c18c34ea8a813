#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

class CredentialStore;
class EditorSession;

// Writes unsaved work to QStandardPaths::AppDataLocation/autosave a few
// seconds after edits stop, and removes it once the document is saved or the
// editor closes normally. A lock file per running editor tells a live
// session's files from those a crash or kill left behind (recoverable()).
// The recovery copy of the secrets follows the topology's storage: a 0600
// file beside the autosave, or in keychain mode one OS keychain entry keyed
// by the autosave's id (keychainKey()), never a file. Before that entry is
// first written a marker file (no secrets in it) says it may exist, and the
// marker goes only after the entry: sweepOrphans() at the next start removes
// entries a crash left without a recovery (killed before the meta file).
class Autosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    struct Recovery
    {
        QString id;
        QString originalFile; // empty for a never-saved document
        QString name;
        QDateTime savedAt;
        // Where the session kept its secrets, and so where the copy is:
        // Keychain with keychainCopy false when no keychain was available.
        bool keychainMode = false;
        bool keychainCopy = false;
    };

    explicit Autosave(EditorSession *session, QObject *parent = nullptr);
    ~Autosave() override; // a normal exit: removes this session's files

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool writeNow(QString *error = nullptr);
    QString topologyPath() const;
    QString secretsPath() const;
    QString keychainKey() const { return keychainKey(m_id); }
    // Leaves the files and releases the lock as a crash would (tests).
    void abandon();

    static QString directory();
    static QList<Recovery> recoverable();
    // Loads a recovery into the session (modified, under its original file
    // name, secrets in the storage it had) and removes its files and keychain
    // entry; false and *error on failure (the recovery stays then). A copy in
    // the keychain is read through the session's keychain.
    static bool restore(const Recovery &recovery, EditorSession *session, QString *error);
    // Removes the recovery's files and, through `keychain`, its keychain entry.
    static void discard(const Recovery &recovery, CredentialStore *keychain);
    // "routestudio-editor-autosave:<id>": the whole secrets file as one entry.
    static QString keychainKey(const QString &id);
    // Removes what dead sessions left that is no recovery (no meta file):
    // their files and, through `keychain`, their keychain entries. Markers
    // stay while no keychain is available. Returns how many sessions it cleared.
    static int sweepOrphans(CredentialStore *keychain);

private:
    bool writeSecrets(QString *error);
    void removeKeychainCopy();
    // The keychain copy of session `id`, then its marker.
    static void removeKeychainEntry(CredentialStore *keychain, const QString &id);
    // Whether a live editor holds the session's lock (else it crashed or was killed).
    static bool ownedByRunningEditor(const QString &id);
    void removeFiles();
    static QString path(const QString &id, const char *suffix);

    EditorSession *m_session;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    bool m_written = false;
    // What this session last put in the keychain (skips unchanged writes).
    std::optional<QByteArray> m_keychainCopy;
};
