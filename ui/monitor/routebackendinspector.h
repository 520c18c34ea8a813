#pragma once

#include "core/monitor/routeinspector.h"

class RouteBackend;

// The tunnel check's view of the OS, through the platform's RouteBackend:
// lookup() for "where does this address go?", add() (privileged, through the
// route helper) to put lost routes back on the tunnel interface.
class RouteBackendInspector final : public RouteInspector
{
public:
    explicit RouteBackendInspector(RouteBackend *backend) : m_backend(backend) {}

    std::optional<QString> interfaceFor(Ipv4Address address, QString *error) override;
    bool reapply(const QList<Ipv4Prefix> &routes, const QString &interface, QString *error) override;

private:
    RouteBackend *m_backend;
};
