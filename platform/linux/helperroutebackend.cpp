#include "platform/linux/helperroutebackend.h"

#include "platform/common/processrunner.h"
#include "platform/linux/iprouteparser.h"

HelperRouteBackend::HelperRouteBackend(ProcessRunner *runner, const PlatformOptions &options)
    : m_runner(runner), m_options(options)
{
}

QList<HelperRouteBackend::Batch> HelperRouteBackend::batches(const QList<RouteSpec> &routes)
{
    // The full tunnel's halves are a batch of their own: the helper adds them
    // only through its add-full-tunnel verb (its own polkit action).
    const auto isHalf = [](const RouteSpec &r) {
        return !r.gateway && r.destination.length() == 1;
    };
    QList<Batch> out;
    for (const RouteSpec &r : routes) {
        auto it = std::find_if(out.begin(), out.end(), [&r, &isHalf](const Batch &b) {
            return b.interface == r.interface && b.gateway == r.gateway && b.halves == isHalf(r);
        });
        if (it == out.end())
            out.append(Batch{r.interface, r.gateway, {r}, isHalf(r)});
        else
            it->routes.append(r);
    }
    return out;
}

bool HelperRouteBackend::runHelper(const QString &verb, const Batch &b, QString *error)
{
    if (m_options.elevation.isEmpty() && m_options.helperPath.isEmpty()) {
        *error = QStringLiteral("no route helper configured");
        return false;
    }
    const bool fullTunnel = verb == QLatin1String("add") && b.halves && b.routes.size() == 2;
    QStringList argv = m_options.elevation;
    argv << m_options.helperPath << (fullTunnel ? QStringLiteral("add-full-tunnel") : verb)
         << QStringLiteral("--interface") << b.interface;
    if (b.gateway)
        argv << QStringLiteral("--via") << b.gateway->toString();
    QByteArray input;
    for (const RouteSpec &r : b.routes)
        input += fullTunnel ? QByteArray() : r.destination.network().toString().toLatin1() + '\n';
    const QString program = argv.takeFirst();
    const ProcessResult res =
        m_runner->run({program, argv, input, m_options.commandTimeoutMs, {}, true});
    if (!res.ok()) {
        *error = res.describe(QStringLiteral("routestudio-helper %1 on %2").arg(verb, b.interface));
        return false;
    }
    return true;
}

bool HelperRouteBackend::add(const QList<RouteSpec> &routes, QString *error)
{
    const QList<Batch> all = batches(routes);
    for (int i = 0; i < all.size(); ++i) {
        if (runHelper(QStringLiteral("add"), all[i], error))
            continue;
        // The helper undid its own batch; undo the batches before it.
        for (int j = i - 1; j >= 0; --j) {
            QString ignored;
            runHelper(QStringLiteral("remove"), all[j], &ignored);
        }
        return false;
    }
    return true;
}

bool HelperRouteBackend::remove(const QList<RouteSpec> &routes, QString *error)
{
    bool ok = true;
    QStringList errors;
    for (const Batch &b : batches(routes)) {
        QString e;
        if (!runHelper(QStringLiteral("remove"), b, &e)) {
            ok = false;
            errors.append(e);
        }
    }
    if (!ok)
        *error = errors.join(QStringLiteral("; "));
    return ok;
}

QStringList HelperRouteBackend::ipArgs(const QStringList &args) const
{
    QStringList out;
    if (!m_options.netns.isEmpty())
        out << QStringLiteral("-n") << m_options.netns;
    out << QStringLiteral("-j") << QStringLiteral("-4");
    return out + args;
}

std::optional<QList<SystemRoute>> HelperRouteBackend::list(const QString &interface,
                                                            QString *error)
{
    QStringList args{QStringLiteral("route"), QStringLiteral("show"), QStringLiteral("table"),
                     QStringLiteral("main")};
    if (!interface.isEmpty())
        args << QStringLiteral("dev") << interface;
    const ProcessResult r = m_runner->run(
        {QStringLiteral("ip"), ipArgs(args), {}, m_options.commandTimeoutMs, {}, false});
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("ip route show"));
        return std::nullopt;
    }
    auto routes = IpRouteParser::routes(r.stdOut, error);
    if (routes && !interface.isEmpty()) {
        for (SystemRoute &s : *routes)
            s.interface = interface; // `ip route show dev X` omits "dev"
    }
    return routes;
}

std::optional<RouteLookup> HelperRouteBackend::lookup(Ipv4Address address, QString *error)
{
    const ProcessResult r = m_runner->run(
        {QStringLiteral("ip"),
         ipArgs({QStringLiteral("route"), QStringLiteral("get"), address.toString()}),
         {}, m_options.commandTimeoutMs, {}, false});
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("ip route get %1").arg(address.toString()));
        return std::nullopt;
    }
    return IpRouteParser::lookup(r.stdOut, error);
}

ProcessResult HelperRouteBackend::runReadOnly(const QString &verb, const QString &interface)
{
    QStringList argv = m_options.elevation;
    argv << m_options.helperPath << verb << QStringLiteral("--interface") << interface;
    const QString program = argv.takeFirst();
    return m_runner->run({program, argv, {}, m_options.commandTimeoutMs, {}, false});
}

std::optional<QList<Ipv4Prefix>> HelperRouteBackend::helperList(const QString &interface,
                                                                QString *error)
{
    const ProcessResult r = runReadOnly(QStringLiteral("list"), interface);
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("routestudio-helper list"));
        return std::nullopt;
    }
    QList<Ipv4Prefix> out;
    for (const QString &line : r.stdOutText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto p = Ipv4Prefix::parse(line.section(QLatin1Char(' '), 0, 0));
        if (!p) {
            *error = QStringLiteral("unreadable line from routestudio-helper list: %1").arg(line);
            return std::nullopt;
        }
        out.append(*p);
    }
    return out;
}

std::optional<DhcpAnswer> HelperRouteBackend::askHub(const QString &interface, QString *error)
{
    const ProcessResult r = runReadOnly(QStringLiteral("inform"), interface);
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("routestudio-helper inform on %1").arg(interface));
        return std::nullopt;
    }
    const QString out = r.stdOutText().trimmed();
    static const QString kReply = QStringLiteral("reply ");
    const QByteArray hex = out.startsWith(kReply) ? out.mid(kReply.size()).toLatin1() : QByteArray();
    const QByteArray bytes = QByteArray::fromHex(hex);
    if (bytes.isEmpty() || bytes.toHex() != hex) {
        *error = QStringLiteral("unreadable answer from routestudio-helper inform");
        return std::nullopt;
    }
    QString why;
    auto answer = DhcpAnswer::parse(bytes, &why);
    if (!answer)
        *error = QStringLiteral("the hub's DHCP answer on %1 is refused: %2").arg(interface, why);
    return answer;
}
