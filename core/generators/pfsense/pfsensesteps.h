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
// The /30 of link number `linkIndex` (topology order) inside 169.254.0.0/16:
// the VTI addresses both ends of a routed pfSense tunnel use.
Ipv4Prefix transitPrefix(int linkIndex);

} // namespace PfsenseSteps
