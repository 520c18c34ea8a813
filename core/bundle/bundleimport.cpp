#include "core/bundle/bundleimport.h"

#include "core/bundle/bundleextractor.h"
#include "core/bundle/bundlereader.h"
#include "core/io/filebytes.h"

std::optional<BundleImport> BundleImport::read(const QByteArray &archive, QString *error,
                                               const ArchiveLimits &limits)
{
    auto contents = BundleReader::read(archive, limits, error);
    if (!contents)
        return std::nullopt;
    if (contents->manifest.kind != QLatin1String("user")) {
        *error = QStringLiteral("this is a %1 bundle, not a user bundle")
                     .arg(contents->manifest.kind);
        return std::nullopt;
    }
    const GeneratedFile *profileFile = contents->file(QLatin1String(BundleProfile::kFileName));
    if (!profileFile) {
        *error = QStringLiteral("entry \"%1/profile.json\": missing from a user bundle")
                     .arg(contents->manifest.name);
        return std::nullopt;
    }
    auto profile = BundleProfile::fromJson(profileFile->content, error);
    if (!profile)
        return std::nullopt;
    if (profile->profile != contents->manifest.profile || profile->user != contents->manifest.user) {
        *error = QStringLiteral("profile.json is for %1/%2 but the manifest says %3/%4")
                     .arg(profile->profile, profile->user, contents->manifest.profile,
                          contents->manifest.user);
        return std::nullopt;
    }
    return BundleImport{*contents, *profile, QString()};
}

std::optional<BundleImport> BundleImport::fromFile(const QString &archiveFile,
                                                   const QString &targetDir, bool replace,
                                                   QString *error, const ArchiveLimits &limits)
{
    LoadError loadError;
    const auto bytes = FileBytes::read(archiveFile, &loadError);
    if (!bytes) {
        *error = QStringLiteral("%1: %2").arg(archiveFile, loadError.message);
        return std::nullopt;
    }
    auto result = read(*bytes, error, limits);
    if (!result || targetDir.isEmpty())
        return result;
    const auto folder = BundleExtractor::extract(result->contents, targetDir, replace, error);
    if (!folder)
        return std::nullopt;
    result->extractedTo = *folder;
    return result;
}
