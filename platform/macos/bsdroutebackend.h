#pragma once

#include "platform/common/platformoptions.h"
#include "platform/common/routebackend.h"

class ProcessRunner;

// macOS routes with the BSD tools: `route -n add -net P -interface pppN`
// (tunnel routes), `route -n add -host S G` (the pinned server route),
// `route -n delete ...`, `netstat -rn -f inet` (list), `route -n get A`
// (lookup). Changing routes needs root: the commands run behind
// options.elevation (default `sudo -n`, for which the admin installs a
// sudoers rule limited to /sbin/route). A failed add undoes the routes added
// before it.
class BsdRouteBackend final : public RouteBackend
{
public:
    BsdRouteBackend(ProcessRunner *runner, const PlatformOptions &options);

    QString name() const override { return QStringLiteral("route"); }
    bool add(const QList<RouteSpec> &routes, QString *error) override;
    bool remove(const QList<RouteSpec> &routes, QString *error) override;
    std::optional<QList<SystemRoute>> list(const QString &interface, QString *error) override;
    std::optional<RouteLookup> lookup(Ipv4Address address, QString *error) override;

    static QStringList routeArgs(const QString &verb, const RouteSpec &route);
    // `netstat -rn -f inet` destinations: "default", "10.20/16", "192.168.1", "10.8.0.1".
    static std::optional<Ipv4Prefix> parseDestination(const QString &text, bool host);

private:
    bool runRoute(const QStringList &args, QString *error, bool toleratesMissing);

    ProcessRunner *m_runner;
    PlatformOptions m_options;
};
