#include "core/generators/clients/clientquoting.h"

namespace ClientQuoting {

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

} // namespace ClientQuoting
