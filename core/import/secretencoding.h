#pragma once

#include <QString>
#include <optional>

// strongSwan's secret spellings (swanctl.conf(5), ipsec.secrets(5)): "0x" then
// hexadecimal, "0s" then base64, otherwise the text itself. nullopt when the
// encoding is broken or the bytes are not printable UTF-8 text (RouteStudio
// keeps PSKs as text).
namespace SecretEncoding {

std::optional<QString> decode(const QString &written);

} // namespace SecretEncoding
