#pragma once

#include "platform/common/credentialstore.h"

// CredentialStore on QtKeychain. Its jobs are asynchronous; each call waits
// for its job in a local event loop (the window stays responsive).
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("RouteStudio"));

    bool save(const QString &key, const QString &password, QString *error) override;
    std::optional<QString> load(const QString &key, QString *error) override;
    bool remove(const QString &key, QString *error) override;

private:
    QString m_service;
};
