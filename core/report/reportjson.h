#pragma once

#include "core/routes/route.h"
#include "core/validation/finding.h"

#include <QJsonArray>
#include <QList>

// Machine-readable forms of findings and routes (CLI --json, bundles, tests).
namespace ReportJson {

QJsonArray findings(const QList<Finding> &findings);
QJsonArray routes(const QList<Route> &routes);

} // namespace ReportJson
