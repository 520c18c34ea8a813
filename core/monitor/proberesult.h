#pragma once

#include <QMetaType>
#include <QString>

// The answer to one echo request: a reply with its round-trip time, or none
// (timeout, unreachable, send error; `error` says which for people).
struct ProbeResult
{
    bool replied = false;
    double rttMs = 0.0;
    QString error;

    static ProbeResult reply(double rttMs) { return ProbeResult{true, rttMs, QString()}; }
    static ProbeResult lost(const QString &why) { return ProbeResult{false, 0.0, why}; }
};

Q_DECLARE_METATYPE(ProbeResult)
