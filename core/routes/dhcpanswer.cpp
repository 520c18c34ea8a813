#include "core/routes/dhcpanswer.h"

#include "core/validation/valuerules.h"

#include <QMap>

namespace {

constexpr int kOptionsAt = 236;
constexpr int kAck = 5;

quint32 read32(const QByteArray &b, int at)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

// code -> value of each option (a repeated option's parts concatenated, RFC 3396).
std::optional<QMap<int, QByteArray>> options(const QByteArray &reply, QString *error)
{
    QMap<int, QByteArray> out;
    int at = kOptionsAt + 4;
    while (at < reply.size()) {
        const int code = quint8(reply.at(at));
        if (code == 255)
            return out;
        if (code == 0) {
            ++at;
            continue;
        }
        if (at + 1 >= reply.size()) {
            *error = QStringLiteral("option %1 at byte %2 has no length").arg(code).arg(at);
            return std::nullopt;
        }
        const int length = quint8(reply.at(at + 1));
        if (at + 2 + length > reply.size()) {
            *error = QStringLiteral("option %1 at byte %2 runs past the end of the packet").arg(code).arg(at);
            return std::nullopt;
        }
        out[code] += reply.mid(at + 2, length);
        at += 2 + length;
    }
    *error = QStringLiteral("the options have no end");
    return std::nullopt;
}

} // namespace

std::optional<QList<DhcpAnswer::Route>> DhcpAnswer::classlessRoutes(const QByteArray &value, QString *error)
{
    QList<Route> out;
    int at = 0;
    while (at < value.size()) {
        const int width = quint8(value.at(at));
        const int significant = (width + 7) / 8;
        if (width > 32) {
            *error = QStringLiteral("route %1 has a width of %2").arg(out.size() + 1).arg(width);
            return std::nullopt;
        }
        if (at + 1 + significant + 4 > value.size()) {
            *error = QStringLiteral("route %1 is cut short").arg(out.size() + 1);
            return std::nullopt;
        }
        quint32 destination = 0;
        for (int i = 0; i < significant; ++i)
            destination |= quint32(quint8(value.at(at + 1 + i))) << (24 - 8 * i);
        const Ipv4Prefix prefix(Ipv4Address(destination), width);
        if (prefix.network().address().value() != destination) {
            *error = QStringLiteral("route %1 (%2) has host bits set").arg(out.size() + 1).arg(prefix.toString());
            return std::nullopt;
        }
        out.append({prefix, Ipv4Address(read32(value, at + 1 + significant))});
        at += 1 + significant + 4;
    }
    return out;
}

std::optional<DhcpAnswer> DhcpAnswer::parse(const QByteArray &reply, QString *error)
{
    if (reply.size() < kOptionsAt + 4 || quint8(reply.at(0)) != 2
        || read32(reply, kOptionsAt) != 0x63825363u) {
        *error = QStringLiteral("not a DHCP reply");
        return std::nullopt;
    }
    const auto opts = options(reply, error);
    if (!opts)
        return std::nullopt;
    if (opts->value(53) != QByteArray(1, char(kAck))) {
        *error = QStringLiteral("not a DHCPACK");
        return std::nullopt;
    }
    DhcpAnswer a;
    for (const int code : {121, 249}) {
        if (!opts->contains(code))
            continue;
        QString why;
        const auto routes = classlessRoutes(opts->value(code), &why);
        if (!routes) {
            *error = QStringLiteral("option %1: %2").arg(code).arg(why);
            return std::nullopt;
        }
        a.routes = *routes;
        a.routesOption = code;
        break;
    }
    const QByteArray dns = opts->value(6);
    if (dns.size() % 4 != 0) {
        *error = QStringLiteral("option 6 is %1 bytes, not a list of addresses").arg(dns.size());
        return std::nullopt;
    }
    for (int i = 0; i < dns.size(); i += 4)
        a.dns.append(Ipv4Address(read32(dns, i)));
    if (opts->contains(15)) {
        QByteArray domain = opts->value(15);
        if (domain.endsWith('\0'))
            domain.chop(1); // some servers count the terminating NUL
        const QString text = QString::fromLatin1(domain);
        if (!ValueRules::dnsNameProblem(text).isEmpty()) {
            *error = QStringLiteral("option 15 is not a DNS name: %1").arg(ValueRules::quote(text));
            return std::nullopt;
        }
        a.domain = text;
    }
    return a;
}
