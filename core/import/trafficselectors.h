#pragma once

#include "core/net/ipv4prefix.h"

#include <QList>
#include <QString>
#include <QStringList>

// A strongSwan traffic selector list ("10.1.0.0/16, dynamic[udp/1701]") or an
// ipsec.conf subnet list, as the model can hold it: IPv4 prefixes (an address
// is a /32), "dynamic" (the box itself), the L2TP port restriction.
struct TrafficSelectors
{
    QList<Ipv4Prefix> prefixes;
    bool dynamic = false;
    bool l2tp = false;       // a [udp/1701] restriction
    QStringList unsupported; // IPv6, ranges, other protocol/port restrictions

    static TrafficSelectors parse(const QString &written);
};
