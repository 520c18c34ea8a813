#pragma once

#include "core/routes/route.h"
#include "core/validation/finding.h"

#include <QList>
#include <QString>

// Human-readable forms of findings and routes (CLI, headless run, logs).
namespace ReportText {

QString finding(const Finding &f); // "error lan-overlap: message [paths]"
QString findings(const QList<Finding> &findings); // one per line + summary line
QString routes(const QList<Route> &routes);       // grouped by box, aligned columns

} // namespace ReportText
