#include "core/generators/mikrotik/routerossyntax.h"

namespace RouterOsSyntax {

QString quote(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\':
        case '"':
        case '$':
        case '?':
            out += QLatin1Char('\\') + c;
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

} // namespace RouterOsSyntax
