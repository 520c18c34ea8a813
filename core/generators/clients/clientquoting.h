#pragma once

#include <QString>

// Literal quoting for the client script languages.
namespace ClientQuoting {

// POSIX sh: 'value' with ' written as '\''.
QString shell(const QString &value);
// PowerShell: 'value' with every single-quote character (' and the typographic
// ones PowerShell also accepts) doubled.
QString powerShell(const QString &value);
// XML text and attribute content.
QString xml(const QString &value);
// strongSwan / NetworkManager-l2tp PSK encoding: "0s" + base64 of the UTF-8 bytes.
QString base64Psk(const QString &psk);

} // namespace ClientQuoting
