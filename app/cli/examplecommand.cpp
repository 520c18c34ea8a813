#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "core/io/exampletopology.h"
#include "core/io/filebytes.h"
#include "core/io/secretsfile.h"

#include <QDir>
#include <QFileInfo>

int Commands::example(CliContext &c)
{
    QCommandLineParser p;
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Overwrite existing files."));
    p.addOption(force);
    if (const auto stop = CliSupport::parse(p, c, 0, 1))
        return *stop;
    const QString dirName = p.positionalArguments().value(0, QStringLiteral("."));
    QDir dir(dirName);
    if (!dir.mkpath(QStringLiteral("."))) {
        c.err << "routestudio-cli: cannot create folder " << dirName << Qt::endl;
        return CliExit::Invalid;
    }
    const QString topologyFile = dir.filePath(QStringLiteral("example.topology.json"));
    const QString secretsFile = dir.filePath(QStringLiteral("example.secrets.json"));
    for (const QString &f : {topologyFile, secretsFile}) {
        if (QFileInfo::exists(f) && !p.isSet(force)) {
            c.err << "routestudio-cli: " << f << " exists; use --force to overwrite" << Qt::endl;
            return CliExit::Invalid;
        }
    }
    QString error;
    const Secrets secrets = ExampleTopology::freshSecrets(ExampleTopology::topology());
    if (!FileBytes::writeAtomic(topologyFile, ExampleTopology::json(), FileBytes::publicMode(),
                                &error)
        || !SecretsFile::toFile(secrets, secretsFile, &error)) {
        c.err << "routestudio-cli: " << error << Qt::endl;
        return CliExit::Invalid;
    }
    c.err << "wrote " << topologyFile << " and " << secretsFile << " (mode 0600)" << Qt::endl;
    return CliExit::Ok;
}
