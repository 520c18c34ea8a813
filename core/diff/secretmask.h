#pragma once

#include "core/bundle/secretforms.h"

#include <QByteArray>
#include <QList>

// Replaces every secret value (in every encoding SecretForms knows) with a
// token "<secret:psk/NAME>" / "<secret:user/NAME>", so a diff shows that a
// file uses a secret, and which one, but never its value. Longer encodings
// are replaced first so a value that contains another is masked whole.
class SecretMask
{
public:
    explicit SecretMask(const Secrets &secrets);

    QByteArray apply(const QByteArray &bytes) const;
    // True when any secret survives in `bytes` (a form the mask missed).
    bool leaks(const QByteArray &bytes) const;

private:
    struct Rule
    {
        QByteArray needle;
        QByteArray token;
    };
    QList<Rule> m_rules;
    QList<NamedSecret> m_secrets;
};
