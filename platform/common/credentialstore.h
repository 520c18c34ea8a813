#pragma once

#include <QString>
#include <optional>

// Remembered passwords, one per (profile, user). The window talks to this
// interface; KeychainCredentialStore keeps them in the OS's secret store
// (Secret Service, Windows Credential Manager, macOS Keychain), tests use
// an in-memory one.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    virtual bool save(const QString &key, const QString &password, QString *error) = 0;
    virtual std::optional<QString> load(const QString &key, QString *error) = 0;
    virtual bool remove(const QString &key, QString *error) = 0;

    static QString keyFor(const QString &connectionName, const QString &user)
    {
        return connectionName + QLatin1Char('/') + user;
    }
};
