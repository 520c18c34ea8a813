#pragma once

#include <QString>
#include <optional>

// Cisco IOS "type 7" passwords (`username U password 7 0822455D0A16`,
// `service password-encryption`): an obfuscation, not encryption. The first
// two digits are a decimal offset into a fixed 53-character key; each
// following pair of hex digits is one character XOR the key character at
// (offset + i) mod 53 (Cisco's configuration guides call type 7 "weak" and
// recommend type 8/9 for that reason). nullopt when the text is not a type 7
// value (odd length, not hex, an offset past 15, a control character out).
namespace IosType7 {

std::optional<QString> decode(const QString &encoded);

} // namespace IosType7
