#include "platform/linux/iprouteparser.h"

#include "platform/linux/routestudioprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

std::optional<QJsonArray> array(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = QStringLiteral("unreadable output of ip -j: %1")
                     .arg(pe.error != QJsonParseError::NoError ? pe.errorString()
                                                               : QStringLiteral("not an array"));
        return std::nullopt;
    }
    return doc.array();
}

std::optional<Ipv4Prefix> destination(const QString &dst)
{
    if (dst == QLatin1String("default"))
        return Ipv4Prefix(Ipv4Address(0), 0);
    if (dst.contains(QLatin1Char('/')))
        return Ipv4Prefix::parse(dst);
    if (const auto a = Ipv4Address::parse(dst))
        return Ipv4Prefix(*a, 32);
    return std::nullopt;
}

std::optional<Ipv4Address> address(const QJsonObject &o, const char *key)
{
    return Ipv4Address::parse(o.value(QLatin1String(key)).toString());
}

} // namespace

std::optional<QList<SystemRoute>> IpRouteParser::routes(const QByteArray &json, QString *error)
{
    const auto arr = array(json, error);
    if (!arr)
        return std::nullopt;
    QList<SystemRoute> out;
    for (const QJsonValue &v : *arr) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        if (!type.isEmpty() && type != QLatin1String("unicast"))
            continue; // blackhole, unreachable, local, broadcast ...
        const auto dst = destination(o.value(QLatin1String("dst")).toString());
        if (!dst) {
            *error = QStringLiteral("unreadable route destination '%1' in ip -j output")
                         .arg(o.value(QLatin1String("dst")).toString());
            return std::nullopt;
        }
        SystemRoute r;
        r.destination = *dst;
        r.interface = o.value(QLatin1String("dev")).toString();
        r.gateway = address(o, "gateway");
        const QString proto = o.value(QLatin1String("protocol")).toString();
        r.connected = !r.gateway && o.value(QLatin1String("scope")).toString() ==
                                        QLatin1String("link") &&
                      proto == QLatin1String("kernel");
        r.ours = proto == QString::number(RouteStudioProtocol::kRtProtocol) ||
                 proto == QLatin1String("routestudio");
        out.append(r);
    }
    return out;
}

std::optional<RouteLookup> IpRouteParser::lookup(const QByteArray &json, QString *error)
{
    const auto arr = array(json, error);
    if (!arr)
        return std::nullopt;
    if (arr->isEmpty()) {
        *error = QStringLiteral("ip route get gave no answer");
        return std::nullopt;
    }
    const QJsonObject o = arr->first().toObject();
    RouteLookup r;
    r.interface = o.value(QLatin1String("dev")).toString();
    r.gateway = address(o, "gateway");
    r.source = address(o, "prefsrc");
    if (r.interface.isEmpty()) {
        *error = QStringLiteral("ip route get names no interface");
        return std::nullopt;
    }
    return r;
}

std::optional<TunnelInfo> IpRouteParser::interfaceWithAddress(const QByteArray &json,
                                                              Ipv4Address local, QString *error)
{
    const auto arr = array(json, error);
    if (!arr)
        return std::nullopt;
    for (const QJsonValue &link : *arr) {
        const QJsonObject l = link.toObject();
        for (const QJsonValue &a : l.value(QLatin1String("addr_info")).toArray()) {
            const QJsonObject ai = a.toObject();
            if (ai.value(QLatin1String("family")).toString() != QLatin1String("inet") ||
                address(ai, "local") != local)
                continue;
            TunnelInfo t;
            t.interface = l.value(QLatin1String("ifname")).toString();
            t.local = local;
            // Point-to-point links list the peer as "address".
            if (const auto peer = address(ai, "address"); peer && *peer != local)
                t.peer = *peer;
            return t;
        }
    }
    *error = QStringLiteral("no interface has the address %1").arg(local.toString());
    return std::nullopt;
}
