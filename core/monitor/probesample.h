#pragma once

#include <QtGlobal>

// One probe as recorded: when it was sent (UTC, ms since the epoch), whether
// a reply came, and the round-trip time of the reply.
struct ProbeSample
{
    qint64 sentMs = 0;
    bool replied = false;
    double rttMs = 0.0;
};
