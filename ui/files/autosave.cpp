#include "ui/files/autosave.h"

#include "core/io/filebytes.h"
#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"
#include "core/io/topologywriter.h"
#include "platform/common/credentialstore.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editorsession.h"
#include "ui/secrets/secretsstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

namespace {

const char kMeta[] = ".autosave.json";
const char kTopology[] = ".topology.json";
const char kSecrets[] = ".secrets.json";
const char kLock[] = ".lock";
// "A keychain entry may exist for this id": written before the entry, removed after it.
const char kKeychainMark[] = ".keychain";
// The meta file's "secrets": where the recovery copy of the secrets is.
const QString kInFile = QStringLiteral("file");
const QString kInKeychain = QStringLiteral("keychain");
const QString kNoCopy = QStringLiteral("none"); // keychain mode without a keychain

} // namespace

Autosave::Autosave(EditorSession *session, QObject *parent)
    : QObject(parent), m_session(session),
      m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(directory());
    m_lock = std::make_unique<QLockFile>(path(m_id, kLock));
    m_lock->setStaleLockTime(0); // stale only when its process is gone
    m_lock->tryLock(0);
    m_timer.setSingleShot(true);
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, [this] { writeNow(); });
    connect(session->document(), &TopologyDocument::changed, &m_timer,
            qOverload<>(&QTimer::start));
    connect(session->secrets(), &SecretsStore::changed, &m_timer, qOverload<>(&QTimer::start));
    connect(session, &EditorSession::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_timer.stop();
            removeFiles();
        }
    });
}

Autosave::~Autosave()
{
    if (m_lock) {
        removeFiles();
        m_lock->unlock();
        QFile::remove(path(m_id, kLock));
    }
}

QString Autosave::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/autosave");
}

QString Autosave::path(const QString &id, const char *suffix)
{
    return directory() + u'/' + id + QLatin1String(suffix);
}

QString Autosave::topologyPath() const { return path(m_id, kTopology); }

QString Autosave::secretsPath() const { return path(m_id, kSecrets); }

QString Autosave::keychainKey(const QString &id)
{
    return QStringLiteral("routestudio-editor-autosave:") + id;
}

bool Autosave::writeNow(QString *error)
{
    QString e;
    if (!m_session->isModified()) {
        removeFiles();
        return true;
    }
    QDir().mkpath(directory());
    const SecretsStore *secrets = m_session->secrets();
    const QString secretsIn = secrets->storage() == SecretsStore::Storage::File ? kInFile
                              : secrets->keychain()                            ? kInKeychain
                                                                               : kNoCopy;
    QJsonObject meta{{QStringLiteral("file"), m_session->fileName()},
                     {QStringLiteral("name"), m_session->displayName()},
                     {QStringLiteral("savedAt"),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                     {QStringLiteral("secrets"), secretsIn}};
    // Topology and secrets first, the meta file last: a recovery exists only
    // once its content is complete.
    const bool ok =
        FileBytes::writeAtomic(path(m_id, kTopology),
                               TopologyWriter::toJson(m_session->document()->topology()),
                               FileBytes::privateMode(), &e)
        && writeSecrets(&e)
        && FileBytes::writeAtomic(path(m_id, kMeta), QJsonDocument(meta).toJson(),
                                  FileBytes::privateMode(), &e);
    if (!ok && error)
        *error = e;
    m_written = m_written || ok;
    return ok;
}

bool Autosave::writeSecrets(QString *error)
{
    const SecretsStore *store = m_session->secrets();
    if (store->storage() == SecretsStore::Storage::File) {
        removeKeychainCopy();
        return SecretsFile::toFile(store->secrets(), secretsPath(), error);
    }
    // Keychain mode: no copy in a file, not even an earlier one.
    if (QFile::exists(secretsPath()) && !QFile::remove(secretsPath())) {
        *error = tr("%1: cannot remove the recovery copy of the secrets (they are kept in the "
                    "OS keychain now)")
                     .arg(secretsPath());
        return false;
    }
    CredentialStore *keychain = store->keychain();
    if (!keychain)
        return true; // nowhere safe to keep a copy: the recovery has no secrets
    const QByteArray json = SecretsFile::toJson(store->secrets());
    if (m_keychainCopy == json)
        return true;
    QString e;
    if (!m_keychainCopy
        && !FileBytes::writeAtomic(path(m_id, kKeychainMark), QByteArray(),
                                   FileBytes::privateMode(), &e)) {
        *error = e;
        return false;
    }
    if (!keychain->save(keychainKey(), QString::fromUtf8(json), &e)) {
        *error = tr("OS keychain: cannot keep the recovery copy of the secrets: %1").arg(e);
        return false;
    }
    m_keychainCopy = json;
    return true;
}

void Autosave::removeKeychainCopy()
{
    if (!m_keychainCopy)
        return;
    if (CredentialStore *keychain = m_session->secrets()->keychain())
        removeKeychainEntry(keychain, m_id);
    m_keychainCopy.reset();
}

void Autosave::removeKeychainEntry(CredentialStore *keychain, const QString &id)
{
    QString ignored; // best effort, as for the topology's own entries
    keychain->remove(keychainKey(id), &ignored);
    QFile::remove(path(id, kKeychainMark)); // only after the entry
}

bool Autosave::ownedByRunningEditor(const QString &id)
{
    QLockFile lock(path(id, kLock));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}

void Autosave::removeFiles()
{
    removeKeychainCopy();
    for (const char *suffix : {kMeta, kTopology, kSecrets})
        QFile::remove(path(m_id, suffix));
    m_written = false;
}

void Autosave::abandon()
{
    m_timer.stop();
    m_lock->unlock();
    m_lock.reset();
}

QList<Autosave::Recovery> Autosave::recoverable()
{
    QList<Recovery> out;
    const QDir dir(directory());
    const QStringList metas =
        dir.entryList({QStringLiteral("*") + QLatin1String(kMeta)}, QDir::Files, QDir::Time);
    for (const QString &meta : metas) {
        const QString id = meta.chopped(int(qstrlen(kMeta)));
        if (ownedByRunningEditor(id))
            continue;
        QFile f(dir.filePath(meta));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        const QString secretsIn = o.value(QStringLiteral("secrets")).toString(kInFile);
        out.append(Recovery{id, o.value(QStringLiteral("file")).toString(),
                            o.value(QStringLiteral("name")).toString(),
                            QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(),
                                                  Qt::ISODate),
                            secretsIn != kInFile, secretsIn == kInKeychain});
    }
    return out;
}

bool Autosave::restore(const Recovery &recovery, EditorSession *session, QString *error)
{
    LoadError loadError;
    const auto topology = TopologyReader::fromFile(path(recovery.id, kTopology), &loadError);
    if (!topology) {
        *error = loadError.toString();
        return false;
    }
    CredentialStore *keychain = session->secrets()->keychain();
    Secrets secrets;
    if (recovery.keychainCopy) {
        if (!keychain) {
            *error = tr("The recovered secrets are kept in the OS keychain, which is not "
                        "available.");
            return false;
        }
        QString e;
        const auto json = keychain->load(keychainKey(recovery.id), &e);
        if (!json) {
            *error = tr("OS keychain: cannot read the recovery copy of the secrets: %1").arg(e);
            return false;
        }
        const auto s = SecretsFile::fromJson(json->toUtf8(), &loadError);
        if (!s) {
            *error = tr("OS keychain: the recovery copy of the secrets is damaged: %1")
                         .arg(loadError.toString());
            return false;
        }
        secrets = *s;
    } else if (!recovery.keychainMode && QFile::exists(path(recovery.id, kSecrets))) {
        const auto s = SecretsFile::fromFile(path(recovery.id, kSecrets), &loadError);
        if (!s) {
            *error = loadError.toString();
            return false;
        }
        secrets = *s;
    }
    session->load(*topology, recovery.originalFile, true);
    session->secrets()->reset(secrets);
    session->secrets()->setStorage(recovery.keychainMode ? SecretsStore::Storage::Keychain
                                                         : SecretsStore::Storage::File);
    discard(recovery, keychain);
    return true;
}

void Autosave::discard(const Recovery &recovery, CredentialStore *keychain)
{
    // The keychain entry first: a recovery whose files remain is offered again.
    if (recovery.keychainCopy && keychain)
        removeKeychainEntry(keychain, recovery.id);
    for (const char *suffix : {kMeta, kTopology, kSecrets, kLock})
        QFile::remove(path(recovery.id, suffix));
}

int Autosave::sweepOrphans(CredentialStore *keychain)
{
    const QDir dir(directory());
    QSet<QString> ids;
    for (const char *suffix : {kLock, kTopology, kSecrets, kKeychainMark}) {
        const QLatin1String ending(suffix);
        for (const QString &name : dir.entryList({QStringLiteral("*") + ending}, QDir::Files))
            ids.insert(name.chopped(int(ending.size())));
    }
    int cleared = 0;
    for (const QString &id : std::as_const(ids)) {
        if (QFile::exists(path(id, kMeta)))
            continue; // a recovery (or a live session's autosave)
        if (ownedByRunningEditor(id))
            continue;
        if (QFile::exists(path(id, kKeychainMark))) {
            if (!keychain)
                continue; // keep the marker until a keychain can remove the entry
            removeKeychainEntry(keychain, id); // "not found" when the crash came before the write
        }
        for (const char *suffix : {kTopology, kSecrets, kLock})
            QFile::remove(path(id, suffix));
        ++cleared;
    }
    return cleared;
}
