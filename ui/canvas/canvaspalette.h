#pragma once

#include "core/model/enums.h"
#include "core/validation/finding.h"

#include <QColor>
#include <QString>

// Colours and short labels shared by the canvas items.
namespace CanvasPalette {

QColor platformColor(Platform platform);
QString platformBadge(Platform platform); // "LNX", "IOS", ...
QColor severityColor(Finding::Severity severity);
QColor cardFill();
QColor cardBorder();
QColor selection();
QColor text();
QColor secondaryText();
QColor linkColor(Transport transport);

} // namespace CanvasPalette
