#include "core/generators/cisco/ciscosyntax.h"

namespace CiscoSyntax {

QString prefix(const Ipv4Prefix &p)
{
    return p.network().address().toString() + QLatin1Char(' ') + p.netmask().toString();
}

QString name(const QString &id) { return QStringLiteral("RS-") + id; }

bool isIpv4Literal(const QString &address) { return Ipv4Address::parse(address).has_value(); }

} // namespace CiscoSyntax
