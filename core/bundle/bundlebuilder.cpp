#include "core/bundle/bundlebuilder.h"

#include "core/bundle/bundlemanifest.h"
#include "core/bundle/bundlereadme.h"
#include "core/bundle/bundleprofile.h"
#include "core/bundle/entrypath.h"
#include "core/bundle/filemode.h"
#include "core/bundle/secretpolicy.h"

#include <algorithm>

namespace {

const QString kGenerator = QStringLiteral("RouteStudio " ROUTESTUDIO_VERSION);

// Generated files under files/, sorted, modes made safe.
std::optional<QList<GeneratedFile>> payload(const QList<GeneratedFile> &generated,
                                            const SecretScan &secrets, const QSet<QString> &allowed,
                                            QStringList *warnings, QString *error)
{
    QList<GeneratedFile> files = generated;
    std::sort(files.begin(), files.end(),
              [](const GeneratedFile &a, const GeneratedFile &b) { return a.path < b.path; });
    for (int i = 0; i < files.size(); ++i) {
        GeneratedFile &f = files[i];
        if (const QString p = EntryPath::problem(f.path); !p.isEmpty()) {
            *error = QStringLiteral("generated file \"%1\": %2").arg(f.path, p);
            return std::nullopt;
        }
        if (i > 0 && files[i - 1].path == f.path) {
            *error = QStringLiteral("generated file \"%1\" appears twice").arg(f.path);
            return std::nullopt;
        }
        int mode = f.mode & 0755;
        if (SecretPolicy::carriesSecret(f, secrets, allowed) && (mode & 077) != 0) {
            mode &= 0700;
            warnings->append(QStringLiteral("%1 carries a secret; its mode was tightened from %2 "
                                            "to %3")
                                 .arg(f.path, FileMode::octal(f.mode), FileMode::octal(mode)));
        }
        f.mode = mode;
        f.path = QStringLiteral("files/") + f.path;
    }
    return files;
}

// Adds SHA256SUMS and manifest.json, then checks the whole bundle for leaks.
std::optional<Bundle> finish(Bundle bundle, BundleManifest manifest, const SecretScan &secrets,
                             const QSet<QString> &allowed, QString *error)
{
    std::sort(bundle.files.begin(), bundle.files.end(),
              [](const GeneratedFile &a, const GeneratedFile &b) { return a.path < b.path; });
    QByteArray sums;
    for (const GeneratedFile &f : bundle.files)
        sums += BundleManifest::sha256Hex(f.content) + "  " + f.path.toUtf8() + '\n';
    bundle.files.append(GeneratedFile{QStringLiteral("SHA256SUMS"), sums, 0644});
    for (const GeneratedFile &f : bundle.files)
        manifest.files.append(
            {f.path, BundleManifest::sha256Hex(f.content), f.mode, qint64(f.content.size())});
    bundle.files.append(
        GeneratedFile{QLatin1String(BundleManifest::kFileName), manifest.toJson(), 0644});
    const QList<SecretPolicy::Leak> leaks = SecretPolicy::leaks(bundle.files, secrets, allowed);
    if (!leaks.isEmpty()) {
        *error = QStringLiteral("%1: %2 carries the secret %3, which this bundle must not hold "
                                "(a generator bug; nothing was written)")
                     .arg(bundle.name, leaks.first().path, leaks.first().secret);
        return std::nullopt;
    }
    return bundle;
}

} // namespace

namespace BundleBuilder {

QString siteBundleName(const QString &siteId)
{
    return QStringLiteral("site-") + siteId;
}

QString userBundleName(const QString &profileId, const QString &user)
{
    return QStringLiteral("user-%1-%2").arg(profileId, user);
}

std::optional<Bundle> site(const GeneratorInput &input, const SecretScan &secrets,
                           const QString &siteId, const QList<GeneratedFile> &generated,
                           QString *error)
{
    const Site *s = input.index.site(siteId);
    if (!s) {
        *error = QStringLiteral("no site \"%1\" in the topology").arg(siteId);
        return std::nullopt;
    }
    const QSet<QString> allowed = SecretPolicy::forSite(input.index, siteId);
    Bundle bundle{QStringLiteral("site"), siteBundleName(siteId), {}, {}};
    const auto files = payload(generated, secrets, allowed, &bundle.warnings, error);
    if (!files)
        return std::nullopt;
    bundle.files = *files;
    bundle.files.append(GeneratedFile{
        QStringLiteral("README.md"),
        BundleReadme::site(input.topology, input.index, *s, input.routes.forSite(siteId), generated)
            .toUtf8(),
        0644});
    BundleManifest manifest;
    manifest.kind = bundle.kind;
    manifest.name = bundle.name;
    manifest.site = siteId;
    manifest.generator = kGenerator;
    return finish(bundle, manifest, secrets, allowed, error);
}

std::optional<Bundle> user(const GeneratorInput &input, const SecretScan &secrets,
                           const QString &profileId, const QString &userName,
                           const QList<GeneratedFile> &generated, QString *error)
{
    const auto profile = BundleProfile::fromTopology(input, profileId, userName, error);
    if (!profile)
        return std::nullopt;
    const QSet<QString> allowed = SecretPolicy::forUser(input.topology, profileId, userName);
    Bundle bundle{QStringLiteral("user"), userBundleName(profileId, userName), {}, {}};
    const auto files = payload(generated, secrets, allowed, &bundle.warnings, error);
    if (!files)
        return std::nullopt;
    bundle.files = *files;
    bundle.files.append(GeneratedFile{QStringLiteral("README.md"),
                                      BundleReadme::user(*profile, generated).toUtf8(), 0644});
    bundle.files.append(
        GeneratedFile{QLatin1String(BundleProfile::kFileName), profile->toJson(), 0600});
    BundleManifest manifest;
    manifest.kind = bundle.kind;
    manifest.name = bundle.name;
    manifest.site = profile->hubId;
    manifest.profile = profileId;
    manifest.user = userName;
    manifest.generator = kGenerator;
    return finish(bundle, manifest, secrets, allowed, error);
}

std::optional<Bundle> site(const Topology &topology, const Secrets &secrets,
                           const QString &siteId, const QList<GeneratedFile> &generated,
                           QString *error)
{
    const TopologyIndex index(topology);
    const RouteTable routes = RouteTable::build(topology, index);
    return site(GeneratorInput{topology, secrets, routes, index}, SecretScan(secrets), siteId,
                generated, error);
}

std::optional<Bundle> user(const Topology &topology, const Secrets &secrets,
                           const QString &profileId, const QString &userName,
                           const QList<GeneratedFile> &generated, QString *error)
{
    const TopologyIndex index(topology);
    const RouteTable routes = RouteTable::build(topology, index);
    return user(GeneratorInput{topology, secrets, routes, index}, SecretScan(secrets), profileId,
                userName, generated, error);
}

} // namespace BundleBuilder
