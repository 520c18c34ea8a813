#pragma once

#include "platform/common/platformoptions.h"
#include "platform/common/routebackend.h"

class ProcessRunner;
struct ProcessResult;

// Linux routes. Changes go through the privileged routestudio-helper, one
// process per interface batch (`pkexec routestudio-helper add --interface
// ppp0` with the prefixes on stdin); reads use unprivileged `ip -j`.
class HelperRouteBackend final : public RouteBackend
{
public:
    HelperRouteBackend(ProcessRunner *runner, const PlatformOptions &options);

    QString name() const override { return QStringLiteral("routestudio-helper"); }
    bool add(const QList<RouteSpec> &routes, QString *error) override;
    bool remove(const QList<RouteSpec> &routes, QString *error) override;
    std::optional<QList<SystemRoute>> list(const QString &interface, QString *error) override;
    std::optional<RouteLookup> lookup(Ipv4Address address, QString *error) override;
    // `routestudio-helper inform --interface IF` (its own polkit action).
    std::optional<DhcpAnswer> askHub(const QString &interface, QString *error) override;

    // The routes the helper lists as RouteStudio's on one interface.
    std::optional<QList<Ipv4Prefix>> helperList(const QString &interface, QString *error);

private:
    struct Batch
    {
        QString interface;
        std::optional<Ipv4Address> gateway;
        QList<RouteSpec> routes;
        bool halves = false; // 0.0.0.0/1 and 128.0.0.0/1: the helper's add-full-tunnel
    };
    static QList<Batch> batches(const QList<RouteSpec> &routes);
    bool runHelper(const QString &verb, const Batch &batch, QString *error);
    // A verb that reads nothing on stdin and changes nothing (list, inform).
    ProcessResult runReadOnly(const QString &verb, const QString &interface);
    QStringList ipArgs(const QStringList &args) const;

    ProcessRunner *m_runner;
    PlatformOptions m_options;
};
