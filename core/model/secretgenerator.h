#pragma once

#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QStringList>

// Strong secrets from a character set every target parses without quoting.
namespace SecretGenerator {

QString generate(int length = 32);
// Adds a fresh secret for each PSK and user the topology names and `secrets`
// lacks; returns the names it added (the caller tells the user).
QStringList fillMissing(const Topology &topology, Secrets *secrets);

} // namespace SecretGenerator
