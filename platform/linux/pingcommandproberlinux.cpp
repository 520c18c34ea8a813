#include "platform/linux/pingcommandproberlinux.h"

#include "core/monitor/pingoutputparser.h"
#include "platform/common/processrunner.h"

#include <QMetaObject>

PingCommandProber::PingCommandProber(const QString &program, QObject *parent)
    : Prober(parent), m_program(program)
{
    m_pool.setMaxThreadCount(kMaxParallel);
}

PingCommandProber::~PingCommandProber() { m_pool.waitForDone(); }

QString PingCommandProber::name() const { return QStringLiteral("system ping"); }

quint64 PingCommandProber::start(Ipv4Address address, int timeoutMs)
{
    const quint64 token = ++m_nextToken;
    ProcessRequest request;
    request.program = m_program;
    // -W takes seconds; iputils reads a decimal point regardless of the locale.
    request.arguments = {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("1"),
                         QStringLiteral("-W"), QString::number(qMax(timeoutMs, 100) / 1000.0, 'f', 1),
                         address.toString()};
    request.timeoutMs = timeoutMs + 2000;
    request.env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    request.logOutput = false;
    m_pool.start([this, token, request] {
        ProcessRunner runner;
        const ProcessResult run = runner.run(request);
        const ProbeResult result = run.outcome == ProcessResult::Outcome::Finished && !run.crashed
                                       ? PingOutputParser::parse(run.stdOut, run.stdErr, run.exitCode)
                                       : ProbeResult::lost(run.describe(QStringLiteral("ping")));
        // Queued to this object: dropped if it is gone (the destructor waits anyway).
        QMetaObject::invokeMethod(
            this, [this, token, result] { Q_EMIT finished(token, result); }, Qt::QueuedConnection);
    });
    return token;
}
