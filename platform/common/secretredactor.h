#pragma once

#include <QString>
#include <QStringList>

// Replaces every registered secret in a text with a mask. Secrets are matched
// longest first, so a secret that contains another is masked whole. Also
// registers the forms a secret takes on the way to a helper (the `0s` base64
// form NetworkManager and strongSwan read), so neither form can leak.
class SecretRedactor
{
public:
    static constexpr auto kMask = "********";

    void add(const QString &secret);
    void clear() { m_secrets.clear(); }
    bool isEmpty() const { return m_secrets.isEmpty(); }

    QString redact(const QString &text) const;
    // True when `text` contains a registered secret (used to refuse argv).
    bool containsSecret(const QString &text) const;

private:
    QStringList m_secrets; // sorted longest first
};
