#include "ui/connect/profileimporter.h"

#include "core/bundle/bundleimport.h"
#include "platform/common/clientprofilebuilder.h"
#include "platform/common/credentialstore.h"

#include <QFileInfo>

QString ProfileImporter::passwordKey(const ClientProfile &profile)
{
    return CredentialStore::keyFor(profile.connectionName, profile.user);
}

QString ProfileImporter::pskKey(const ClientProfile &profile)
{
    // "#" never appears in a user name (docs: ^[A-Za-z0-9][A-Za-z0-9._@-]*$),
    // so this key cannot collide with a password's.
    return CredentialStore::keyFor(profile.connectionName, QStringLiteral("#psk"));
}

std::optional<ImportedProfile> ProfileImporter::importFile(const QString &fileName,
                                                           QString *error) const
{
    QString why;
    // No target folder: checked in memory, nothing extracted, no plain copy
    // of the secrets on disk.
    const auto bundle = BundleImport::fromFile(fileName, QString(), false, &why);
    if (!bundle) {
        *error = tr("%1 is not a usable profile bundle: %2")
                     .arg(QFileInfo(fileName).fileName(), why);
        return std::nullopt;
    }
    ImportedProfile out;
    out.profile = ClientProfileBuilder::fromBundle(bundle->profile);
    out.displayName = bundle->profile.name;
    out.hubName = bundle->profile.hubName;
    out.dns = bundle->profile.dns;
    out.extra = bundle->profile.extra;
    if (!out.profile.isValid()) {
        *error = tr("%1: the profile names no server to connect to")
                     .arg(QFileInfo(fileName).fileName());
        return std::nullopt;
    }
    if (!m_store) {
        out.warnings << tr("no keychain: the imported password and pre-shared key are kept "
                           "only until RouteStudio Connect quits");
        return out;
    }
    QString storeError;
    if (!m_store->save(passwordKey(out.profile), out.profile.password, &storeError)
        || !m_store->save(pskKey(out.profile), out.profile.psk, &storeError)) {
        out.warnings << tr("the keychain did not keep the imported secrets (%1); they are kept "
                           "only until RouteStudio Connect quits")
                            .arg(storeError);
    }
    return out;
}
