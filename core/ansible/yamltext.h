#pragma once

#include <QString>

// Values for the YAML RouteStudio writes: always double-quoted scalars with
// '\' and '"' escaped and control characters as \uXXXX, so no value can
// change the document's structure.
namespace YamlText {

QString quote(const QString &value);

} // namespace YamlText
