#include "ui/monitor/routebackendinspector.h"

#include "platform/common/routebackend.h"

std::optional<QString> RouteBackendInspector::interfaceFor(Ipv4Address address, QString *error)
{
    const std::optional<RouteLookup> lookup = m_backend->lookup(address, error);
    if (!lookup)
        return std::nullopt;
    return lookup->interface;
}

bool RouteBackendInspector::reapply(const QList<Ipv4Prefix> &routes, const QString &interface,
                                    QString *error)
{
    QList<RouteSpec> specs;
    for (const Ipv4Prefix &route : routes)
        specs.append(RouteSpec{route.network(), interface, std::nullopt});
    return m_backend->add(specs, error);
}
