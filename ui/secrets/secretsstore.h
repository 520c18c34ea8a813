#pragma once

#include "core/model/secrets.h"

#include <QObject>

// The secrets that belong to the open topology (PSKs, user passwords). Not
// part of the undo history: secrets are kept apart from the topology and
// saved to their own 0600 file (or the OS keychain) beside it.
class SecretsStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsStore)

public:
    explicit SecretsStore(QObject *parent = nullptr);

    const Secrets &secrets() const { return m_secrets; }
    bool isModified() const { return m_modified; }

    void reset(const Secrets &secrets); // not modified afterwards
    void setPsk(const QString &name, const QString &value);
    void setPassword(const QString &user, const QString &value);
    void removePsk(const QString &name);
    void removePassword(const QString &user);
    void setModified(bool modified);

    // "x.topology.json" -> "x.secrets.json"; "x.json" -> "x.secrets.json".
    static QString secretsPathFor(const QString &topologyPath);

Q_SIGNALS:
    void changed();
    void modifiedChanged(bool modified);

private:
    void touch();

    Secrets m_secrets;
    bool m_modified = false;
};
