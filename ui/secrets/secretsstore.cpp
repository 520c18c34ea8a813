#include "ui/secrets/secretsstore.h"

SecretsStore::SecretsStore(QObject *parent) : QObject(parent) {}

void SecretsStore::reset(const Secrets &secrets)
{
    m_secrets = secrets;
    Q_EMIT changed();
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
