#include "core/generators/clients/clientquoting.h"

namespace ClientQuoting {

QString shell(const QString &value)
{
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        if (c == QLatin1Char('\''))
            out += QLatin1String("'\\''");
        else
            out += c;
    }
    return out + QLatin1Char('\'');
}

QString powerShell(const QString &value)
{
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        out += c;
        // U+2018..U+201B are single quotes to PowerShell too.
        if (c == QLatin1Char('\'') || (c.unicode() >= 0x2018 && c.unicode() <= 0x201B))
            out += c;
    }
    return out + QLatin1Char('\'');
}

QString xml(const QString &value)
{
    QString out = value.toHtmlEscaped(); // & < > "
    return out.replace(QLatin1Char('\''), QLatin1String("&apos;"));
}

QString base64Psk(const QString &psk)
{
    return QStringLiteral("0s") + QString::fromLatin1(psk.toUtf8().toBase64());
}

} // namespace ClientQuoting
