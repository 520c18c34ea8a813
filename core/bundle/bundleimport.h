#pragma once

#include "core/bundle/archivelimits.h"
#include "core/bundle/bundlecontents.h"
#include "core/bundle/bundleprofile.h"

#include <optional>

// The client side: read a user bundle the admin gave, check it completely
// (BundleReader: entries, limits, manifest), parse its profile.json, and
// optionally extract it below a folder (BundleExtractor).
struct BundleImport
{
    BundleContents contents;
    BundleProfile profile;
    QString extractedTo; // empty unless extracted

    // Reads and checks a user bundle from memory.
    static std::optional<BundleImport> read(const QByteArray &archive, QString *error,
                                            const ArchiveLimits &limits = {});
    // Reads `archiveFile` (size-capped) and, when `targetDir` is not empty,
    // extracts it there.
    static std::optional<BundleImport> fromFile(const QString &archiveFile,
                                                const QString &targetDir, bool replace,
                                                QString *error,
                                                const ArchiveLimits &limits = {});
};
