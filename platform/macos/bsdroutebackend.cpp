#include "platform/macos/bsdroutebackend.h"

#include "platform/common/processrunner.h"

BsdRouteBackend::BsdRouteBackend(ProcessRunner *runner, const PlatformOptions &options)
    : m_runner(runner), m_options(options)
{
}

QStringList BsdRouteBackend::routeArgs(const QString &verb, const RouteSpec &r)
{
    QStringList a{QStringLiteral("-n"), verb};
    if (r.gateway && r.destination.length() == 32)
        return a << QStringLiteral("-host") << r.destination.address().toString()
                 << r.gateway->toString();
    if (r.gateway)
        return a << QStringLiteral("-net") << r.destination.network().toString()
                 << r.gateway->toString();
    return a << QStringLiteral("-net") << r.destination.network().toString()
             << QStringLiteral("-interface") << r.interface;
}

bool BsdRouteBackend::runRoute(const QStringList &args, QString *error, bool toleratesMissing)
{
    QStringList argv = m_options.elevation;
    argv << QStringLiteral("route") << args;
    const QString program = argv.takeFirst();
    const ProcessResult r =
        m_runner->run({program, argv, {}, m_options.commandTimeoutMs, {}, true});
    if (r.ok())
        return true;
    if (toleratesMissing && (r.stdErrText().contains(QLatin1String("not in table")) ||
                             r.stdOutText().contains(QLatin1String("not in table"))))
        return true;
    *error = r.describe(QStringLiteral("route ") + args.join(QLatin1Char(' ')));
    return false;
}

bool BsdRouteBackend::add(const QList<RouteSpec> &routes, QString *error)
{
    for (int i = 0; i < routes.size(); ++i) {
        if (runRoute(routeArgs(QStringLiteral("add"), routes[i]), error, false))
            continue;
        for (int j = i - 1; j >= 0; --j) {
            QString ignored;
            runRoute(routeArgs(QStringLiteral("delete"), routes[j]), &ignored, true);
        }
        return false;
    }
    return true;
}

bool BsdRouteBackend::remove(const QList<RouteSpec> &routes, QString *error)
{
    QStringList errors;
    for (const RouteSpec &r : routes) {
        QString e;
        if (!runRoute(routeArgs(QStringLiteral("delete"), r), &e, true))
            errors.append(e);
    }
    if (!errors.isEmpty())
        *error = errors.join(QStringLiteral("; "));
    return errors.isEmpty();
}

std::optional<Ipv4Prefix> BsdRouteBackend::parseDestination(const QString &text, bool host)
{
    if (text == QLatin1String("default"))
        return Ipv4Prefix(Ipv4Address(0), 0);
    const QString addr = text.section(QLatin1Char('/'), 0, 0);
    QStringList parts = addr.split(QLatin1Char('.'));
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    int length = host ? 32 : int(parts.size()) * 8;
    if (text.contains(QLatin1Char('/'))) {
        bool ok = false;
        length = text.section(QLatin1Char('/'), 1).toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    while (parts.size() < 4)
        parts.append(QStringLiteral("0"));
    const auto a = Ipv4Address::parse(parts.join(QLatin1Char('.')));
    if (!a || length < 0 || length > 32)
        return std::nullopt;
    return Ipv4Prefix(*a, length);
}

std::optional<QList<SystemRoute>> BsdRouteBackend::list(const QString &interface, QString *error)
{
    const ProcessResult r = m_runner->run(
        {QStringLiteral("netstat"),
         {QStringLiteral("-rn"), QStringLiteral("-f"), QStringLiteral("inet")},
         {}, m_options.commandTimeoutMs, {}, false});
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("netstat -rn"));
        return std::nullopt;
    }
    // Destination  Gateway  Flags  Netif  Expire
    QList<SystemRoute> out;
    bool inTable = false;
    for (const QString &line : r.stdOutText().split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.value(0) == QLatin1String("Destination")) {
            inTable = true;
            continue;
        }
        if (!inTable || f.size() < 4)
            continue;
        const QString flags = f[2];
        const auto dst = parseDestination(f[0], flags.contains(QLatin1Char('H')));
        if (!dst)
            continue; // link-local scoped entries such as "fe80::%lo0" never appear with -f inet
        SystemRoute s;
        s.destination = *dst;
        s.interface = f[3];
        if (flags.contains(QLatin1Char('G')))
            s.gateway = Ipv4Address::parse(f[1]);
        s.connected = f[1].startsWith(QLatin1String("link#")) && dst->length() < 32;
        if (interface.isEmpty() || s.interface == interface)
            out.append(s);
    }
    return out;
}

std::optional<RouteLookup> BsdRouteBackend::lookup(Ipv4Address address, QString *error)
{
    const ProcessResult r = m_runner->run(
        {QStringLiteral("route"), {QStringLiteral("-n"), QStringLiteral("get"), address.toString()},
         {}, m_options.commandTimeoutMs, {}, false});
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("route -n get %1").arg(address.toString()));
        return std::nullopt;
    }
    RouteLookup l;
    for (const QString &line : r.stdOutText().split(QLatin1Char('\n'))) {
        const QString key = line.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString value = line.section(QLatin1Char(':'), 1).trimmed();
        if (key == QLatin1String("interface"))
            l.interface = value;
        else if (key == QLatin1String("gateway"))
            l.gateway = Ipv4Address::parse(value);
    }
    if (l.interface.isEmpty()) {
        *error = QStringLiteral("route -n get %1 names no interface").arg(address.toString());
        return std::nullopt;
    }
    return l;
}
