#include "ui/preview/secretmasker.h"

#include <QStringList>
#include <algorithm>

namespace SecretMasker {

QString mask(const QString &text, const Secrets &secrets)
{
    QStringList values;
    auto add = [&values](const QString &v) {
        if (v.size() < 4)
            return;
        values << v << QString::fromLatin1(v.toUtf8().toBase64());
    };
    for (const QString &v : secrets.psk)
        add(v);
    for (const QString &v : secrets.users)
        add(v);
    // Longest first, so that a secret containing another is masked whole.
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    static const QString dots(8, QChar(0x2022));
    QString out = text;
    for (const QString &v : std::as_const(values))
        out.replace(v, dots);
    return out;
}

} // namespace SecretMasker
