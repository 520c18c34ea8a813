#pragma once

#include "app/cli/clicontext.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QCommandLineParser>
#include <optional>

// Helpers shared by the commands: argument parsing and loading with errors on stderr.
namespace CliSupport {

// Parses c.arguments; on a usage error prints it and returns false.
bool parse(QCommandLineParser &parser, CliContext &c, int minPositional, int maxPositional);
std::optional<Topology> loadTopology(CliContext &c, const QString &fileName);
std::optional<Secrets> loadSecrets(CliContext &c, const QString &fileName);
void printJson(CliContext &c, const QJsonValue &value);

} // namespace CliSupport
