#pragma once

#include "core/model/secrets.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A named secret value, as found in a secrets file: "psk/NAME" or "user/NAME".
struct NamedSecret
{
    QString label;
    QString value;
};

// The encodings a generated file may carry a secret in: the raw UTF-8 bytes,
// base64 (strongSwan/NetworkManager "0s..." and .mobileconfig <data>) with and
// without padding, and base64url. Scanning for all of them is how bundles
// prove a secret is absent and how the diff masks it.
namespace SecretForms {

QList<NamedSecret> all(const Secrets &secrets);
QList<QByteArray> encodings(const QString &value);
// True when any encoding of `value` occurs in `bytes`.
bool occursIn(const QByteArray &bytes, const QString &value);

} // namespace SecretForms
