#pragma once

#include "core/net/ipv4prefix.h"

#include <QJsonObject>
#include <QList>

// The L2TP/IPsec server settings of a hub: the client address pool, the
// server's own PPP address and the DNS servers handed to clients.
struct RemoteAccess
{
    Ipv4Prefix pool;
    Ipv4Address localAddress;
    QList<Ipv4Address> dns;
    QJsonObject extra; // unknown fields, kept for save
};
