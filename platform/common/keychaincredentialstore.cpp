#include "platform/common/keychaincredentialstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace {

// Runs a job to completion; true when it ended without error.
bool finish(QKeychain::Job *job, QString *error)
{
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    if (job->error() != QKeychain::NoError) {
        *error = job->errorString();
        return false;
    }
    return true;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service) : m_service(std::move(service))
{
}

bool KeychainCredentialStore::save(const QString &key, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(password);
    return finish(&job, error);
}

std::optional<QString> KeychainCredentialStore::load(const QString &key, QString *error)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    if (!finish(&job, error))
        return std::nullopt;
    return job.textData();
}

bool KeychainCredentialStore::remove(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(key);
    return finish(&job, error);
}
