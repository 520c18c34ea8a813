#include "core/validation/checks/checks.h"

#include "core/validation/fieldpath.h"
#include "core/validation/valuerules.h"

#include <QHash>

namespace {

QString path(int i) { return FieldPath::field(FieldPath::site(i), QStringLiteral("publicAddress")); }

// Returns true when the address is usable as a key for duplicate detection.
bool checkOne(const Site &s, int i, FindingSink &sink)
{
    const auto address = Ipv4Address::parse(s.publicAddress);
    if (!address) {
        const QString problem = ValueRules::dnsNameProblem(s.publicAddress);
        if (problem.isEmpty())
            return true;
        sink.error(QStringLiteral("invalid-address"),
                   QStringLiteral("public address %1 of site %2 is neither an IPv4 address nor a "
                                  "DNS name: it %3")
                       .arg(ValueRules::quote(s.publicAddress), s.id, problem),
                   {s.id}, {path(i)});
        return false;
    }
    const QString text = address->toString();
    if (address->isPrivate()) {
        sink.warning(QStringLiteral("public-address-private"),
                     QStringLiteral("public address %1 of site %2 is a private (RFC 1918) address; "
                                    "peers on the Internet cannot reach it unless they share that "
                                    "network")
                         .arg(text, s.id),
                     {s.id}, {path(i)});
    } else if (address->isReserved()) {
        sink.warning(QStringLiteral("public-address-private"),
                     QStringLiteral("public address %1 of site %2 is in a reserved range (RFC 6890: "
                                    "this-network, shared, loopback, link-local, benchmarking, "
                                    "multicast or future use); it is not reachable from the "
                                    "Internet")
                         .arg(text, s.id),
                     {s.id}, {path(i)});
    } else if (address->isDocumentation()) {
        sink.info(QStringLiteral("public-address-documentation"),
                  QStringLiteral("public address %1 of site %2 is a documentation address "
                                 "(RFC 5737): fine for examples, not routable; put the real "
                                 "address here before deploying")
                      .arg(text, s.id),
                  {s.id}, {path(i)});
    }
    return true;
}

} // namespace

namespace Checks {

void publicAddresses(const Topology &t, FindingSink &sink)
{
    QHash<QString, int> seen; // normalised address -> first site index
    for (int i = 0; i < t.sites.size(); ++i) {
        const Site &s = t.sites[i];
        if (!checkOne(s, i, sink))
            continue;
        const QString key = s.publicAddress.toLower();
        const auto it = seen.constFind(key);
        if (it == seen.constEnd()) {
            seen.insert(key, i);
            continue;
        }
        const Site &first = t.sites[*it];
        sink.warning(QStringLiteral("duplicate-public-address"),
                     QStringLiteral("sites %1 and %2 have the same public address %3; IPsec peers "
                                    "are told apart by address, so links to them would collide")
                         .arg(first.id, s.id, s.publicAddress),
                     {first.id, s.id}, {path(*it), path(i)});
    }
}

} // namespace Checks
