#pragma once

#include "app/cli/clicontext.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QCommandLineParser>
#include <optional>

// Helpers shared by the commands: argument parsing and loading with errors on stderr.
namespace CliSupport {

// Parses c.arguments. Returns the exit code when the command must stop here:
// `--help`/`-h` prints the command's own help (0), a usage error says what is
// wrong (2). nullopt: go on.
std::optional<int> parse(QCommandLineParser &parser, CliContext &c, int minPositional,
                         int maxPositional);
std::optional<Topology> loadTopology(CliContext &c, const QString &fileName);
// Warns (naming the mode) when the file is readable or writable by others.
std::optional<Secrets> loadSecrets(CliContext &c, const QString &fileName);
void printJson(CliContext &c, const QJsonValue &value);

} // namespace CliSupport
