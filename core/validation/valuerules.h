#pragma once

#include <QString>
#include <QStringView>

// The value rules of DEVELOPERS.md ("Rules that every generator and check relies
// on"). Each `*Problem` function returns an empty string when the value is safe,
// otherwise what is wrong with it, phrased to follow the value's description
// ("contains a newline", "is empty"). Generators may rely on a value that passed.
namespace ValueRules {

// ids of sites, links and profiles: ^[a-z0-9][a-z0-9-]{0,62}$
QString idProblem(QStringView id);
// link.secret, profile.secret: ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$
QString secretNameProblem(QStringView name);
// user names: ^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$
QString userNameProblem(QStringView name);
// DNS names: ASCII letters, digits and '-' in labels of 1-63, 253 characters in all,
// no label starting or ending with '-', not all digits and dots (a broken address).
QString dnsNameProblem(QStringView name);
// Free text (topology and site names): at most 200 characters, no control, line
// separator or invisible format characters (zero-width, bidirectional controls).
QString nameProblem(QStringView name);
// PSKs and passwords: 8-128 characters of A-Z a-z 0-9 - _ . : + = @ % ^ ~ ! /, not
// starting with 0x/0s (strongSwan and NetworkManager-l2tp read those as hex/base64).
// The problem text never quotes the secret or any of its characters.
QString secretProblem(QStringView secret);

// A value for a message: quoted, with control and format characters escaped
// (\n, \u001B) so that output cannot play tricks on a terminal, cut after 64
// characters. Never for secrets.
QString quote(QStringView value);

// `text` with control, format and line-separator characters written as \uXXXX
// (newline as \n). FindingSink applies it to every message, so that no value
// (an id with an escape sequence, a name with a newline) reaches a terminal raw.
QString escapeControls(const QString &text);

// Linux interface names (sites[].tunnelInterface): ^[A-Za-z0-9][A-Za-z0-9._-]{0,14}$
bool isInterfaceName(QStringView name);

// The spelling of the allowed secret characters, for messages.
QString secretAlphabet();

} // namespace ValueRules
