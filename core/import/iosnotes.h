#pragma once

#include "core/import/iosconfigparser.h"

#include <QString>
#include <QStringList>

// How the IOS import reports a line: its statement with every secret value
// replaced by "(not shown)" (the value goes into `secrets`, for diff masking),
// and why a line that no part of the import took is not represented.
namespace IosNotes {

QString statement(const IosLine &line, QStringList *secrets);
QString why(const IosLine &line);
// True when a section's reason covers the lines under it (an algorithm
// section, an interface or access list RouteStudio does not use, a banner).
bool inherits(const IosLine &section);

} // namespace IosNotes
