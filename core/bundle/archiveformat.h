#pragma once

#include <QString>
#include <optional>

// The archive formats bundles are written in.
enum class ArchiveFormat { TarGz, Zip };

namespace ArchiveFormats {

std::optional<ArchiveFormat> parse(const QString &name); // "tar.gz", "zip"
QString extension(ArchiveFormat format);                // "tar.gz", "zip"

} // namespace ArchiveFormats
