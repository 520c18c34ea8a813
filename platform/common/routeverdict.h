#pragma once

#include "core/net/ipv4prefix.h"

#include <QString>

// One planned route and what became of it, as the connect window shows it.
struct RouteVerdict
{
    enum class State { Planned, Refused, Installed, Verified, NotVerified, Removed, Failed };

    Ipv4Prefix destination;
    State state = State::Planned;
    QString detail; // the reason for Refused / NotVerified / Failed

    static QString stateText(State s);
};
