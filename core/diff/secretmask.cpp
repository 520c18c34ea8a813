#include "core/diff/secretmask.h"

#include <algorithm>

SecretMask::SecretMask(const Secrets &secrets) : m_secrets(SecretForms::all(secrets))
{
    for (const NamedSecret &s : m_secrets) {
        const QByteArray token = "<secret:" + s.label.toUtf8() + '>';
        for (const QByteArray &form : SecretForms::encodings(s.value)) {
            if (!form.isEmpty())
                m_rules.append({form, token});
        }
    }
    std::stable_sort(m_rules.begin(), m_rules.end(), [](const Rule &a, const Rule &b) {
        return a.needle.size() > b.needle.size();
    });
}

QByteArray SecretMask::apply(const QByteArray &bytes) const
{
    QByteArray out = bytes;
    for (const Rule &r : m_rules)
        out.replace(r.needle, r.token);
    return out;
}

bool SecretMask::leaks(const QByteArray &bytes) const
{
    return std::any_of(m_secrets.cbegin(), m_secrets.cend(), [&bytes](const NamedSecret &s) {
        return SecretForms::occursIn(bytes, s.value);
    });
}
