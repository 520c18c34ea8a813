#include "platform/common/secretredactor.h"

#include <algorithm>

namespace {

// Shorter strings would mask ordinary words; validation keeps secrets >= 8 chars.
constexpr int kMinSecretLength = 4;

} // namespace

void SecretRedactor::add(const QString &secret)
{
    if (secret.size() < kMinSecretLength)
        return;
    const QString encoded = QString::fromLatin1(secret.toUtf8().toBase64());
    const QString b64Form = QStringLiteral("0s") + encoded;
    for (const QString &form : {secret, encoded, b64Form}) {
        if (!m_secrets.contains(form))
            m_secrets.append(form);
    }
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString SecretRedactor::redact(const QString &text) const
{
    QString out = text;
    for (const QString &s : m_secrets)
        out.replace(s, QLatin1String(kMask));
    return out;
}

bool SecretRedactor::containsSecret(const QString &text) const
{
    return std::any_of(m_secrets.cbegin(), m_secrets.cend(),
                       [&text](const QString &s) { return text.contains(s); });
}
