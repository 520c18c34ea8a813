#pragma once

#include "core/monitor/proberesult.h"
#include "core/net/ipv4address.h"

#include <QObject>

// Sends ICMP echo requests without blocking. start() returns a token (> 0)
// and later emits finished() exactly once for that token, never from inside
// start(): with the reply, or with a loss when no reply came within
// `timeoutMs` or the request could not be sent (`error` says why).
// Implementations live in platform/<os>/.
class Prober : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Prober() override = default;

    virtual QString name() const = 0;
    virtual quint64 start(Ipv4Address address, int timeoutMs) = 0;

Q_SIGNALS:
    void finished(quint64 token, const ProbeResult &result);
};
