#pragma once

#include "ui/connect/importedprofile.h"

#include <QCoreApplication>
#include <optional>

class CredentialStore;

// The last imported profile, remembered so the next start needs no bundle:
// everything but the secrets, as JSON in the app's data folder (written
// atomically, 0600). The password and PSK come back from the keychain
// (ProfileImporter's keys) or are typed again. Every field is checked on load,
// like profile.json, and a bad file names the field.
class ImportedProfileFile
{
    Q_DECLARE_TR_FUNCTIONS(ImportedProfileFile)

public:
    explicit ImportedProfileFile(QString fileName) : m_fileName(std::move(fileName)) {}

    // <AppDataLocation>/imported-profile.json
    static QString defaultFileName();
    const QString &fileName() const { return m_fileName; }

    bool save(const ImportedProfile &profile, QString *error) const; // no secrets written
    // nullopt with an empty `error` when there is no file.
    std::optional<ImportedProfile> load(CredentialStore *store, QString *error) const;

private:
    QString m_fileName;
};
