#pragma once

#include "core/bundle/bundleprofile.h"
#include "ui/connect/importedprofile.h"

#include <QCoreApplication>
#include <optional>

class CredentialStore;

// Imports a user bundle (user-<profile>-<user>.tar.gz, docs/bundles.md): the
// bundle is read and checked completely in memory (BundleImport: traversal,
// links, devices, bombs, manifest), nothing is extracted, its profile.json is
// mapped to the platform's ClientProfile, and the PSK and password go into the
// CredentialStore (the OS keychain), never into a file or a log line.
class ProfileImporter
{
    Q_DECLARE_TR_FUNCTIONS(ProfileImporter)

public:
    // `store` may be null: the secrets then live only as long as the process.
    explicit ProfileImporter(CredentialStore *store) : m_store(store) {}

    // nullopt with `error` naming the problem (the entry, the field, the
    // manifest); nothing is stored then.
    std::optional<ImportedProfile> importFile(const QString &fileName, QString *error) const;

    // Where the keychain keeps the secrets of one imported profile.
    static QString passwordKey(const ClientProfile &profile);
    static QString pskKey(const ClientProfile &profile);

private:
    CredentialStore *m_store;
};
