#pragma once

#include "core/bundle/secretforms.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <vector>

// Every secret of a secrets file in every encoding SecretForms knows, indexed
// by its first eight bytes, so that finding which secrets occur in a file is
// one pass over the file instead of one search per secret and encoding. An
// export checks every bundle against every secret: that was bundles x secrets
// searches, quadratic in a fleet. Built once per run.
class SecretScan
{
public:
    explicit SecretScan(const Secrets &secrets);

    const QList<NamedSecret> &all() const { return m_all; }
    // The encodings of all()[secret].
    const QList<QByteArray> &forms(int secret) const { return m_forms[secret]; }
    // Indices into all() of the secrets that occur in `bytes` in some encoding, ascending.
    QList<int> occurring(const QByteArray &bytes) const;

private:
    static constexpr int kKey = 8; // bytes; secrets have at least 8 characters
    static constexpr int kFilterBits = 20;

    static quint64 key(const char *at);
    static quint32 slot(quint64 key);

    QList<NamedSecret> m_all;
    QList<QList<QByteArray>> m_forms;
    QHash<quint64, QList<QPair<int, int>>> m_byKey; // first bytes -> (secret, form)
    QList<QPair<int, int>> m_short;                 // forms shorter than kKey
    std::vector<quint64> m_filter;                  // bit per slot of a key in m_byKey
};
