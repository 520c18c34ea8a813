#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QStringList>

class CredentialStore;

// A topology's secrets in the OS keychain (through CredentialStore, i.e.
// QtKeychain in the application), one entry per secret, keyed by the
// topology file's absolute path plus the secret's kind and name. Which
// topology files keep their secrets there is remembered in QSettings
// (editor/keychainTopologies). Messages never include a secret's value.
namespace KeychainSecrets {

// "routestudio-editor:/abs/x.topology.json#psk/hq-l2tp", "...#user/alice"
QString key(const QString &topologyFile, const QString &kind, const QString &name);

bool isChosen(const QString &topologyFile);
void setChosen(const QString &topologyFile, bool keychain);

// Every secret the topology names that the keychain holds; one line per
// secret it could not read (name and the store's message) in *problems.
Secrets read(CredentialStore &store, const QString &topologyFile, const Topology &topology,
             QStringList *problems);
// Stores every secret; stops at the first failure, naming the secret.
bool write(CredentialStore &store, const QString &topologyFile, const Secrets &secrets,
           QString *error);
// Removes the entries named in `names` (values ignored); best effort.
void remove(CredentialStore &store, const QString &topologyFile, const Secrets &names);

} // namespace KeychainSecrets
