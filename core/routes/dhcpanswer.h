#pragma once

#include "core/net/ipv4prefix.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// The hub's DHCPACK to a client's DHCPINFORM (docs/route-push.md), decoded and
// checked: the classless static routes of option 121 (RFC 3442), else of
// Microsoft's 249 (same format), the DNS servers (6) and the domain (15).
// The bytes come from the network: every length is checked against the packet,
// a route with host bits set beyond its width or an unreadable option is an
// error that names it, and nothing of a refused packet is used.
struct DhcpAnswer
{
    struct Route
    {
        Ipv4Prefix destination;
        Ipv4Address router;
    };

    QList<Route> routes;
    int routesOption = 0; // 121 or 249; 0 when the answer has neither
    QList<Ipv4Address> dns;
    QString domain;

    // `reply`: a whole BOOTP/DHCP packet.
    static std::optional<DhcpAnswer> parse(const QByteArray &reply, QString *error);
    // One option's value in RFC 3442 form.
    static std::optional<QList<Route>> classlessRoutes(const QByteArray &value, QString *error);
};
