#include "core/generators/cisco/ciscosyntax.h"

namespace CiscoSyntax {

QString prefix(const Ipv4Prefix &p)
{
    return p.network().address().toString() + QLatin1Char(' ') + p.netmask().toString();
}

QString name(const QString &id) { return QStringLiteral("RS-") + id; }

} // namespace CiscoSyntax
