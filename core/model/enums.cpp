#include "core/model/enums.h"

#include <array>
#include <utility>

namespace {

template <typename E, std::size_t N>
using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<SiteRole, 2> kRoles{{{SiteRole::Hub, "hub"}, {SiteRole::Gateway, "gateway"}}};
constexpr Table<Platform, 4> kPlatforms{{{Platform::LinuxStrongswan, "linux-strongswan"},
                                         {Platform::CiscoIos, "cisco-ios"},
                                         {Platform::Mikrotik, "mikrotik"},
                                         {Platform::Pfsense, "pfsense"}}};
constexpr Table<Transport, 2> kTransports{{{Transport::Ipsec, "ipsec"}, {Transport::L2tp, "l2tp"}}};
constexpr Table<IkeVersion, 2> kIke{{{IkeVersion::Ikev1, "ikev1"}, {IkeVersion::Ikev2, "ikev2"}}};
constexpr Table<TunnelMode, 2> kTunnel{{{TunnelMode::Split, "split"}, {TunnelMode::Full, "full"}}};
constexpr Table<LinkRole, 2> kLinkRoles{{{LinkRole::Primary, "primary"}, {LinkRole::Backup, "backup"}}};

template <typename E, std::size_t N>
QString name(const Table<E, N> &table, E value)
{
    for (const auto &[v, s] : table) {
        if (v == value)
            return QString::fromLatin1(s);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> lookup(const Table<E, N> &table, const QString &s)
{
    for (const auto &[v, n] : table) {
        if (s == QLatin1String(n))
            return v;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList names(const Table<E, N> &table)
{
    QStringList out;
    for (const auto &entry : table)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace

namespace Enums {

QString toString(SiteRole v) { return name(kRoles, v); }
QString toString(Platform v) { return name(kPlatforms, v); }
QString toString(Transport v) { return name(kTransports, v); }
QString toString(IkeVersion v) { return name(kIke, v); }
QString toString(TunnelMode v) { return name(kTunnel, v); }
QString toString(LinkRole v) { return name(kLinkRoles, v); }

std::optional<SiteRole> siteRole(const QString &s) { return lookup(kRoles, s); }
std::optional<Platform> platform(const QString &s) { return lookup(kPlatforms, s); }
std::optional<Transport> transport(const QString &s) { return lookup(kTransports, s); }
std::optional<IkeVersion> ikeVersion(const QString &s) { return lookup(kIke, s); }
std::optional<TunnelMode> tunnelMode(const QString &s) { return lookup(kTunnel, s); }
std::optional<LinkRole> linkRole(const QString &s) { return lookup(kLinkRoles, s); }

QStringList siteRoles() { return names(kRoles); }
QStringList platforms() { return names(kPlatforms); }
QStringList transports() { return names(kTransports); }
QStringList ikeVersions() { return names(kIke); }
QStringList tunnelModes() { return names(kTunnel); }
QStringList linkRoles() { return names(kLinkRoles); }

} // namespace Enums
