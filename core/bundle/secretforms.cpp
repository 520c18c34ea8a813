#include "core/bundle/secretforms.h"

namespace SecretForms {

QList<NamedSecret> all(const Secrets &secrets)
{
    QList<NamedSecret> out;
    for (auto it = secrets.psk.cbegin(); it != secrets.psk.cend(); ++it)
        out.append({QStringLiteral("psk/") + it.key(), it.value()});
    for (auto it = secrets.users.cbegin(); it != secrets.users.cend(); ++it)
        out.append({QStringLiteral("user/") + it.key(), it.value()});
    return out;
}

QList<QByteArray> encodings(const QString &value)
{
    const QByteArray raw = value.toUtf8();
    QList<QByteArray> forms{raw};
    if (raw.isEmpty())
        return forms;
    const QByteArray b64 = raw.toBase64();
    const QByteArray b64NoPad = raw.toBase64(QByteArray::OmitTrailingEquals);
    const QByteArray b64Url =
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    for (const QByteArray &f : {b64, b64NoPad, b64Url}) {
        if (!forms.contains(f))
            forms.append(f);
    }
    return forms;
}

bool occursIn(const QByteArray &bytes, const QString &value)
{
    if (value.isEmpty())
        return false;
    for (const QByteArray &form : encodings(value)) {
        if (bytes.contains(form))
            return true;
    }
    return false;
}

} // namespace SecretForms
