#include "platform/windows/powershellroutebackend.h"

#include "platform/common/processrunner.h"
#include "platform/windows/powershellscript.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject routesInput(const QList<RouteSpec> &routes)
{
    QJsonArray arr;
    for (const RouteSpec &r : routes) {
        QJsonObject o{{QStringLiteral("prefix"), r.destination.network().toString()},
                      {QStringLiteral("interface"), r.interface}};
        if (r.gateway)
            o.insert(QStringLiteral("gateway"), r.gateway->toString());
        arr.append(o);
    }
    return {{QStringLiteral("routes"), arr}};
}

const QString kRemoveOne = QStringLiteral(
    "if ($d.gateway) { Remove-NetRoute -DestinationPrefix $d.prefix -InterfaceAlias "
    "$d.interface -NextHop $d.gateway -Confirm:$false -ErrorAction SilentlyContinue } "
    "else { Remove-VpnConnectionRoute -ConnectionName $d.interface -DestinationPrefix "
    "$d.prefix -ErrorAction SilentlyContinue }");

// PowerShell's ConvertTo-Json writes one object (not an array) for one result.
QJsonArray objects(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isArray())
        return doc.array();
    return doc.isObject() ? QJsonArray{doc.object()} : QJsonArray{};
}

} // namespace

PowerShellRouteBackend::PowerShellRouteBackend(ProcessRunner *runner,
                                               const PlatformOptions &options)
    : m_runner(runner), m_options(options)
{
}

QString PowerShellRouteBackend::addScript()
{
    return QStringLiteral(
               "$done = @(); try { foreach ($r in $p.routes) { "
               "if ($r.gateway) { New-NetRoute -DestinationPrefix $r.prefix -InterfaceAlias "
               "$r.interface -NextHop $r.gateway -PolicyStore ActiveStore | Out-Null } "
               "else { Add-VpnConnectionRoute -ConnectionName $r.interface -DestinationPrefix "
               "$r.prefix | Out-Null }; $done += $r } } "
               "catch { foreach ($d in $done) { ") +
           kRemoveOne + QStringLiteral(" }; throw }");
}

QString PowerShellRouteBackend::removeScript()
{
    return QStringLiteral("foreach ($d in $p.routes) { ") + kRemoveOne + QStringLiteral(" }");
}

bool PowerShellRouteBackend::add(const QList<RouteSpec> &routes, QString *error)
{
    const ProcessResult r = m_runner->run(
        PowerShellScript::request(addScript(), routesInput(routes), m_options.commandTimeoutMs));
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("Add-VpnConnectionRoute"));
        return false;
    }
    return true;
}

bool PowerShellRouteBackend::remove(const QList<RouteSpec> &routes, QString *error)
{
    const ProcessResult r = m_runner->run(PowerShellScript::request(
        removeScript(), routesInput(routes), m_options.commandTimeoutMs));
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("Remove-VpnConnectionRoute"));
        return false;
    }
    return true;
}

std::optional<QList<SystemRoute>> PowerShellRouteBackend::list(const QString &interface,
                                                               QString *error)
{
    const QString filter = interface.isEmpty()
                               ? QString()
                               : QStringLiteral("| Where-Object { $_.InterfaceAlias -eq $p.name } ");
    const ProcessResult r = m_runner->run(PowerShellScript::request(
        QStringLiteral("Get-NetRoute -AddressFamily IPv4 ") + filter +
            QStringLiteral("| Select-Object DestinationPrefix, InterfaceAlias, NextHop | "
                           "ConvertTo-Json"),
        {{QStringLiteral("name"), interface}}, m_options.commandTimeoutMs));
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("Get-NetRoute"));
        return std::nullopt;
    }
    QList<SystemRoute> out;
    for (const QJsonValue &v : objects(r.stdOut)) {
        const QJsonObject o = v.toObject();
        const auto dst = Ipv4Prefix::parse(o.value(QLatin1String("DestinationPrefix")).toString());
        if (!dst) {
            *error = QStringLiteral("unreadable DestinationPrefix '%1' from Get-NetRoute")
                         .arg(o.value(QLatin1String("DestinationPrefix")).toString());
            return std::nullopt;
        }
        SystemRoute s;
        s.destination = *dst;
        s.interface = o.value(QLatin1String("InterfaceAlias")).toString();
        const auto hop = Ipv4Address::parse(o.value(QLatin1String("NextHop")).toString());
        if (hop && hop->value() != 0)
            s.gateway = hop;
        // On-link prefixes (NextHop 0.0.0.0) that are not host routes.
        s.connected = !s.gateway && dst->length() > 0 && dst->length() < 32;
        out.append(s);
    }
    return out;
}

std::optional<RouteLookup> PowerShellRouteBackend::lookup(Ipv4Address address, QString *error)
{
    const ProcessResult r = m_runner->run(PowerShellScript::request(
        QStringLiteral("Find-NetRoute -RemoteIPAddress $p.address | Where-Object { $_.NextHop } "
                       "| Select-Object -First 1 InterfaceAlias, NextHop | ConvertTo-Json"),
        {{QStringLiteral("address"), address.toString()}}, m_options.commandTimeoutMs));
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("Find-NetRoute"));
        return std::nullopt;
    }
    const QJsonArray arr = objects(r.stdOut);
    if (arr.isEmpty()) {
        *error = QStringLiteral("Find-NetRoute found no route to %1").arg(address.toString());
        return std::nullopt;
    }
    const QJsonObject o = arr.first().toObject();
    RouteLookup l;
    l.interface = o.value(QLatin1String("InterfaceAlias")).toString();
    const auto hop = Ipv4Address::parse(o.value(QLatin1String("NextHop")).toString());
    if (hop && hop->value() != 0)
        l.gateway = hop;
    return l;
}
