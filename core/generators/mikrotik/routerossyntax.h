#pragma once

#include <QString>

// RouterOS script syntax shared by the MikroTik sections.
namespace RouterOsSyntax {

// A double-quoted RouterOS string: backslash, double quote, `$` (variable
// substitution) and `?` (console help) escaped with a backslash; control
// characters as \r \n \t or \HH.
QString quote(const QString &value);
// The comment every RouteStudio object carries, so a re-run can remove them.
inline QString tag() { return QStringLiteral("comment=\"routestudio\""); }
// Object names: "rs-" + a RouteStudio id ([a-z0-9-]).
inline QString name(const QString &id) { return QStringLiteral("rs-") + id; }

} // namespace RouterOsSyntax
