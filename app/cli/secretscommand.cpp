#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "core/io/secretsfile.h"
#include "core/model/secretgenerator.h"
#include "core/validation/valuerules.h"

#include <QFileInfo>

// `secrets FILE --secrets S`: the secrets file generate needs, created or
// completed. Existing values are kept; only names are printed, never values.
int Commands::secrets(CliContext &c)
{
    QCommandLineParser p;
    const QCommandLineOption secretsOpt(QStringLiteral("secrets"),
                                        QStringLiteral("Secrets file to create or complete."),
                                        QStringLiteral("FILE"));
    p.addOption(secretsOpt);
    if (const auto stop = CliSupport::parse(p, c, 1, 1))
        return *stop;
    if (!p.isSet(secretsOpt)) {
        c.err << "routestudio-cli: secrets needs --secrets FILE (the file to create or complete)"
              << Qt::endl;
        return CliExit::Invalid;
    }
    const auto topology = CliSupport::loadTopology(c, p.positionalArguments().first());
    if (!topology)
        return CliExit::Invalid;
    const QString fileName = p.value(secretsOpt);
    Secrets secrets;
    if (QFileInfo::exists(fileName)) {
        const auto existing = CliSupport::loadSecrets(c, fileName);
        if (!existing)
            return CliExit::Invalid;
        secrets = *existing;
    }
    const QStringList added = SecretGenerator::fillMissing(*topology, &secrets);
    QString error;
    if (!added.isEmpty() && !SecretsFile::toFile(secrets, fileName, &error)) {
        c.err << "routestudio-cli: " << error << Qt::endl;
        return CliExit::Invalid;
    }
    for (const QString &name : added)
        c.out << "added " << ValueRules::escapeControls(name) << "\n";
    c.err << (added.isEmpty() ? QStringLiteral("%1 already holds every secret the topology names")
                              : QStringLiteral("wrote %2 new secret(s) into %1 (mode 0600)")
                                    .arg(added.size()))
                 .arg(fileName)
          << Qt::endl;
    return CliExit::Ok;
}
