#pragma once

#include "core/model/secrets.h"

#include <QString>

// Hides secret values in generated text shown on screen: each PSK and
// password, in clear and in the base64 forms generators write ("0s…").
namespace SecretMasker {

QString mask(const QString &text, const Secrets &secrets);

} // namespace SecretMasker
