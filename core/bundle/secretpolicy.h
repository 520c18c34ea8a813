#pragma once

#include "core/bundle/secretforms.h"
#include "core/bundle/secretscan.h"
#include "core/generators/generatedfile.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"
#include "core/model/topologyindex.h"

#include <QList>
#include <QSet>

// Which secrets a bundle may carry (docs/bundles.md "Only the secrets a box or
// user needs"), and the scan that proves the others are absent.
namespace SecretPolicy {

// Labels ("psk/NAME", "user/NAME") a site's box needs: the PSK of every link
// touching it; on a hub also its profiles' PSKs and their users' passwords.
QSet<QString> forSite(const TopologyIndex &index, const QString &siteId);
QSet<QString> forSite(const Topology &topology, const QString &siteId);
// A user needs the profile's PSK and their own password.
QSet<QString> forUser(const Topology &topology, const QString &profileId, const QString &user);

struct Leak
{
    QString path;   // the file
    QString secret; // the label of the secret it must not carry
};

// Every (file, secret) where a secret outside `allowed` occurs in a file, in
// any encoding SecretForms knows. A forbidden value that is also part of an
// allowed one cannot be told apart and is not reported.
// `scan` is built once per run from the secrets file.
QList<Leak> leaks(const QList<GeneratedFile> &files, const SecretScan &scan,
                  const QSet<QString> &allowed);
QList<Leak> leaks(const QList<GeneratedFile> &files, const Secrets &secrets,
                  const QSet<QString> &allowed);
// True when the file carries any of the allowed secrets.
bool carriesSecret(const GeneratedFile &file, const SecretScan &scan,
                   const QSet<QString> &allowed);

} // namespace SecretPolicy
