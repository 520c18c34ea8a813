#include "core/bundle/secretscan.h"

#include <QSet>

#include <algorithm>
#include <cstring>

quint64 SecretScan::key(const char *at)
{
    quint64 k;
    std::memcpy(&k, at, sizeof k);
    return k;
}

quint32 SecretScan::slot(quint64 key)
{
    return quint32((key * 0x9e3779b97f4a7c15ull) >> (64 - kFilterBits));
}

SecretScan::SecretScan(const Secrets &secrets)
    : m_all(SecretForms::all(secrets)), m_filter((size_t(1) << kFilterBits) / 64, 0)
{
    for (int s = 0; s < m_all.size(); ++s) {
        m_forms.append(m_all[s].value.isEmpty() ? QList<QByteArray>()
                                                : SecretForms::encodings(m_all[s].value));
        for (int f = 0; f < m_forms[s].size(); ++f) {
            const QByteArray &form = m_forms[s][f];
            if (form.size() < kKey) {
                m_short.append({s, f});
                continue;
            }
            const quint64 k = key(form.constData());
            m_byKey[k].append({s, f});
            m_filter[slot(k) / 64] |= quint64(1) << (slot(k) % 64);
        }
    }
}

QList<int> SecretScan::occurring(const QByteArray &bytes) const
{
    QSet<int> found;
    for (const auto &[s, f] : m_short) {
        if (bytes.contains(m_forms[s][f]))
            found.insert(s);
    }
    const char *data = bytes.constData();
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i + kKey <= n; ++i) {
        const quint64 k = key(data + i);
        const quint32 bit = slot(k);
        if (!(m_filter[bit / 64] & (quint64(1) << (bit % 64))))
            continue;
        const auto it = m_byKey.constFind(k);
        if (it == m_byKey.cend())
            continue;
        for (const auto &[s, f] : *it) {
            const QByteArray &form = m_forms[s][f];
            if (n - i >= form.size() && std::memcmp(data + i, form.constData(), form.size()) == 0)
                found.insert(s);
        }
    }
    QList<int> out(found.cbegin(), found.cend());
    std::sort(out.begin(), out.end());
    return out;
}
