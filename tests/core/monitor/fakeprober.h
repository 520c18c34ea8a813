#pragma once

#include "core/monitor/prober.h"

#include <QHash>
#include <QList>
#include <QTimer>

// A prober whose answers the test scripts per address: a queue of results;
// an address with an empty queue gets no answer until the test calls
// answerPending(). Answers arrive asynchronously, as the contract demands.
class FakeProber final : public Prober
{
public:
    using Prober::Prober;

    QString name() const override { return QStringLiteral("fake"); }

    quint64 start(Ipv4Address address, int timeoutMs) override
    {
        const quint64 token = ++m_next;
        starts.append(address);
        lastTimeoutMs = timeoutMs;
        QList<ProbeResult> &queue = script[address.value()];
        if (queue.isEmpty()) {
            held.insert(token, address);
            return token;
        }
        const ProbeResult result = queue.takeFirst();
        QTimer::singleShot(0, this, [this, token, result] { Q_EMIT finished(token, result); });
        return token;
    }

    void answerHeld(const ProbeResult &result)
    {
        const auto tokens = held.keys();
        held.clear();
        for (quint64 token : tokens)
            Q_EMIT finished(token, result);
    }

    QHash<quint32, QList<ProbeResult>> script;
    QHash<quint64, Ipv4Address> held;
    QList<Ipv4Address> starts;
    int lastTimeoutMs = 0;

private:
    quint64 m_next = 0;
};
