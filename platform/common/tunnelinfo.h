#pragma once

#include "core/net/ipv4address.h"

#include <QString>

// The PPP interface a connected VPN came up on, and its addresses.
struct TunnelInfo
{
    QString interface; // "ppp0"
    Ipv4Address local; // the pool address the server gave us
    Ipv4Address peer;  // the server's PPP address (0 when unknown)

    bool isValid() const { return !interface.isEmpty(); }
    friend bool operator==(const TunnelInfo &a, const TunnelInfo &b)
    {
        return a.interface == b.interface && a.local == b.local && a.peer == b.peer;
    }
    friend bool operator!=(const TunnelInfo &a, const TunnelInfo &b) { return !(a == b); }
};
