#pragma once

#include "core/monitor/prober.h"

#include <QThreadPool>

// The fallback prober: the system `ping -n -c 1 -W <s> <address>`, one run
// per probe through ProcessRunner (argument vector, time limit), its output
// read by PingOutputParser. ProcessRunner::run() waits, so each run happens
// on a pool thread with a runner of its own and the result comes back queued
// to this object's thread: probes of several targets overlap and the window
// never waits. Slower and heavier than the ping socket (a process per probe);
// used when the system refuses ping sockets.
class PingCommandProber final : public Prober
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PingCommandProber)

public:
    static constexpr int kMaxParallel = 8;

    explicit PingCommandProber(const QString &program = QStringLiteral("ping"), QObject *parent = nullptr);
    ~PingCommandProber() override; // waits for the pings still running

    QString name() const override;
    quint64 start(Ipv4Address address, int timeoutMs) override;

private:
    QString m_program;
    QThreadPool m_pool;
    quint64 m_nextToken = 0;
};
