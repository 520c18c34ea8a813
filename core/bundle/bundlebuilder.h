#pragma once

#include "core/bundle/bundle.h"
#include "core/bundle/secretscan.h"
#include "core/generators/generatorinput.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <optional>

// Puts a box's or a user's generated files into a Bundle: files/ + README.md
// + SHA256SUMS + manifest.json (+ profile.json for users). Refuses, naming
// the file and the secret (never its value), when any file carries a secret
// the bundle must not hold (SecretPolicy); tightens a file that carries an
// allowed secret to 0600 and says so in `warnings`. Pure.
namespace BundleBuilder {

// From a run's plan (GenerationPlan::input()) and its secrets' scan: the route
// table, index and scan are shared by every bundle of the run.
std::optional<Bundle> site(const GeneratorInput &input, const SecretScan &scan,
                           const QString &siteId, const QList<GeneratedFile> &generated,
                           QString *error);
std::optional<Bundle> user(const GeneratorInput &input, const SecretScan &scan,
                           const QString &profileId, const QString &user,
                           const QList<GeneratedFile> &generated, QString *error);
// The same for one bundle on its own (builds the index and route table).
std::optional<Bundle> site(const Topology &topology, const Secrets &secrets,
                           const QString &siteId, const QList<GeneratedFile> &generated,
                           QString *error);
std::optional<Bundle> user(const Topology &topology, const Secrets &secrets,
                           const QString &profileId, const QString &user,
                           const QList<GeneratedFile> &generated, QString *error);

QString siteBundleName(const QString &siteId);
QString userBundleName(const QString &profileId, const QString &user);

} // namespace BundleBuilder
