#include "core/bundle/archiveformat.h"

namespace ArchiveFormats {

std::optional<ArchiveFormat> parse(const QString &name)
{
    if (name == QLatin1String("tar.gz") || name == QLatin1String("tgz"))
        return ArchiveFormat::TarGz;
    if (name == QLatin1String("zip"))
        return ArchiveFormat::Zip;
    return std::nullopt;
}

QString extension(ArchiveFormat format)
{
    return format == ArchiveFormat::Zip ? QStringLiteral("zip") : QStringLiteral("tar.gz");
}

} // namespace ArchiveFormats
