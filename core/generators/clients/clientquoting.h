#pragma once

#include <QString>

// Literal quoting for the client formats that core/generators/common does not
// cover (POSIX sh and the 0s-base64 PSK live in TargetSyntax).
namespace ClientQuoting {

// PowerShell: 'value' with every single-quote character (' and the typographic
// ones PowerShell also accepts) doubled.
QString powerShell(const QString &value);
// XML text and attribute content.
QString xml(const QString &value);

} // namespace ClientQuoting
