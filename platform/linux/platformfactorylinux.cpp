#include "platform/common/platformfactory.h"

#include "platform/linux/helperroutebackend.h"
#include "platform/linux/nmclivpnbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

QString PlatformFactory::osName()
{
    return QStringLiteral("linux");
}

PlatformOptions PlatformFactory::defaultOptions()
{
    PlatformOptions o;
    // Installed: <prefix>/bin/routestudio-connect and
    // <prefix>/libexec/routestudio/routestudio-helper (the path the polkit
    // policy names). A build tree keeps the helper beside the executable.
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString beside = bin.filePath(QStringLiteral("routestudio-helper"));
    const QString installed =
        bin.filePath(QStringLiteral("../libexec/routestudio/routestudio-helper"));
    o.helperPath = QFileInfo::exists(installed) ? QFileInfo(installed).canonicalFilePath() : beside;
    return o;
}

PlatformBackends PlatformFactory::create(ProcessRunner *runner, const PlatformOptions &options)
{
    PlatformBackends b;
    b.vpn = std::make_unique<NmcliVpnBackend>(runner, options);
    b.routes = std::make_unique<HelperRouteBackend>(runner, options);
    return b;
}
