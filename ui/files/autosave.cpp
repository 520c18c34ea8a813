#include "ui/files/autosave.h"

#include "core/io/filebytes.h"
#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"
#include "core/io/topologywriter.h"
#include "ui/document/topologydocument.h"
#include "ui/editor/editorsession.h"
#include "ui/secrets/secretsstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

namespace {

const char kMeta[] = ".autosave.json";
const char kTopology[] = ".topology.json";
const char kSecrets[] = ".secrets.json";
const char kLock[] = ".lock";

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

bool Autosave::writeNow(QString *error)
{
    QString e;
    if (!m_session->isModified()) {
        removeFiles();
        return true;
    }
    QDir().mkpath(directory());
    QJsonObject meta{{QStringLiteral("file"), m_session->fileName()},
                     {QStringLiteral("name"), m_session->displayName()},
                     {QStringLiteral("savedAt"),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    // Topology and secrets first, the meta file last: a recovery exists only
    // once its content is complete.
    const bool ok =
        FileBytes::writeAtomic(path(m_id, kTopology),
                               TopologyWriter::toJson(m_session->document()->topology()),
                               FileBytes::privateMode(), &e)
        && SecretsFile::toFile(m_session->secrets()->secrets(), path(m_id, kSecrets), &e)
        && FileBytes::writeAtomic(path(m_id, kMeta), QJsonDocument(meta).toJson(),
                                  FileBytes::privateMode(), &e);
    if (!ok && error)
        *error = e;
    m_written = m_written || ok;
    return ok;
}

void Autosave::removeFiles()
{
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
        QLockFile lock(path(id, kLock));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a running editor owns it
        lock.unlock();
        QFile f(dir.filePath(meta));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        out.append(Recovery{id, o.value(QStringLiteral("file")).toString(),
                            o.value(QStringLiteral("name")).toString(),
                            QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(),
                                                  Qt::ISODate)});
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
    Secrets secrets;
    if (QFile::exists(path(recovery.id, kSecrets))) {
        const auto s = SecretsFile::fromFile(path(recovery.id, kSecrets), &loadError);
        if (!s) {
            *error = loadError.toString();
            return false;
        }
        secrets = *s;
    }
    session->load(*topology, recovery.originalFile, true);
    session->secrets()->reset(secrets);
    discard(recovery);
    return true;
}

void Autosave::discard(const Recovery &recovery)
{
    for (const char *suffix : {kMeta, kTopology, kSecrets, kLock})
        QFile::remove(path(recovery.id, suffix));
}
