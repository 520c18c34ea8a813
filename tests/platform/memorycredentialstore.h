#pragma once

// The OS keychain for tests: a map of entries, optionally refusing to store.
// Like the real store (QtKeychain), loading or removing an entry it does not
// hold fails with a message.

#include "platform/common/credentialstore.h"

#include <QMap>
#include <functional>

class MemoryCredentialStore final : public CredentialStore
{
public:
    QMap<QString, QString> entries;
    bool failSaves = false;
    std::function<void(const QString &key)> beforeSave; // runs at each save (tests of ordering)

    bool save(const QString &key, const QString &password, QString *error) override
    {
        if (beforeSave)
            beforeSave(key);
        if (failSaves) {
            setError(error, QStringLiteral("the keychain is locked"));
            return false;
        }
        entries.insert(key, password);
        return true;
    }

    std::optional<QString> load(const QString &key, QString *error) override
    {
        if (!entries.contains(key)) {
            setError(error, QStringLiteral("entry not found"));
            return std::nullopt;
        }
        return entries.value(key);
    }

    bool remove(const QString &key, QString *error) override
    {
        if (entries.remove(key) == 0) {
            setError(error, QStringLiteral("entry not found"));
            return false;
        }
        return true;
    }

private:
    static void setError(QString *error, const QString &message)
    {
        if (error)
            *error = message;
    }
};
