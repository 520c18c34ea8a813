#pragma once

#include "core/generators/clients/remoteaccessplan.h"
#include "core/net/ipv4prefix.h"

#include <QStringList>

// The step-list sections of the pfSense output (Markdown).
namespace PfsenseSteps {

// A "Field | Value" table.
QStringList table(const QList<QPair<QString, QString>> &rows);
QStringList remoteAccess(const RemoteAccessPlan &plan, int *step);
QStringList links(const GeneratorInput &input, const Site &site, int *step);
// Failover (docs/failover.md): a gateway group per set of paths, tiered by
// metric, and the LAN rule that routes those destinations through it.
QStringList failover(const GeneratorInput &input, const Site &site, int *step);

} // namespace PfsenseSteps
