#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The closed vocabularies of the topology format and their spelling in files.
enum class SiteRole { Hub, Gateway };
enum class Platform { LinuxStrongswan, CiscoIos, Mikrotik, Pfsense };
enum class Transport { Ipsec, L2tp };
enum class IkeVersion { Ikev1, Ikev2 };
enum class TunnelMode { Split, Full };
enum class LinkRole { Primary, Backup };

namespace Enums {

QString toString(SiteRole v);
QString toString(Platform v);
QString toString(Transport v);
QString toString(IkeVersion v);
QString toString(TunnelMode v);
QString toString(LinkRole v);

// Each returns nullopt for a spelling the format does not know.
std::optional<SiteRole> siteRole(const QString &s);
std::optional<Platform> platform(const QString &s);
std::optional<Transport> transport(const QString &s);
std::optional<IkeVersion> ikeVersion(const QString &s);
std::optional<TunnelMode> tunnelMode(const QString &s);
std::optional<LinkRole> linkRole(const QString &s);

// All spellings, for error messages and editor combo boxes.
QStringList siteRoles();
QStringList platforms();
QStringList transports();
QStringList ikeVersions();
QStringList tunnelModes();
QStringList linkRoles();

} // namespace Enums
