#include "platform/common/processrunner.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace {

constexpr int kKillGraceMs = 2000;

} // namespace

ProcessRunner::ProcessRunner(QObject *parent) : QObject(parent) {}

ProcessRunner::~ProcessRunner()
{
    if (m_current) {
        m_current->kill();
        m_current->waitForFinished(kKillGraceMs);
    }
}

QString ProcessRunner::quoteForLog(const QString &arg)
{
    // Anchored at both ends: "^...$" would pass "a\n" unquoted (a plain "$" matches before a final newline).
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_./:=@%+,-]+")));
    if (plain.match(arg).hasMatch())
        return arg;
    QString q = arg;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

void ProcessRunner::log(const QString &line)
{
    Q_EMIT logLine(m_redactor.redact(line));
}

void ProcessRunner::logOutput(const QByteArray &bytes, const QString &prefix)
{
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        if (!l.trimmed().isEmpty())
            log(prefix + l);
    }
}

ProcessResult ProcessRunner::run(const ProcessRequest &request)
{
    ProcessResult result;
    QStringList shown{quoteForLog(request.program)};
    for (const QString &a : request.arguments)
        shown.append(quoteForLog(a));
    log(QStringLiteral("$ ") + shown.join(QLatin1Char(' ')));

    const bool secretInArgv =
        m_redactor.containsSecret(request.program) ||
        std::any_of(request.arguments.cbegin(), request.arguments.cend(),
                    [this](const QString &a) { return m_redactor.containsSecret(a); });
    if (secretInArgv) {
        result.outcome = ProcessResult::Outcome::Refused;
        result.error = tr("refused to start: a secret would appear on the command line");
        log(result.error);
        return result;
    }
    if (m_current) {
        result.outcome = ProcessResult::Outcome::Refused;
        result.error = tr("another helper is still running");
        log(result.error);
        return result;
    }

    QProcess process;
    m_current = &process;
    m_cancelRequested = false;
    if (!request.env.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = request.env.cbegin(); it != request.env.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
    }
    // Resolve on PATH ourselves so the search order is the environment's PATH
    // (tests put fake helpers first there).
    QString program = request.program;
    if (!QFileInfo(program).isAbsolute()) {
        const QString found = QStandardPaths::findExecutable(program);
        if (!found.isEmpty())
            program = found;
    }
    process.setProgram(program);
    process.setArguments(request.arguments);

    QEventLoop loop;
    bool timedOut = false;
    QTimer timer;
    timer.setSingleShot(true);
    QTimer::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        process.terminate();
        QTimer::singleShot(kKillGraceMs, &process, [&process] { process.kill(); });
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop,
                     [&loop, &process](QProcess::ProcessError e) {
                         if (e == QProcess::FailedToStart || process.state() == QProcess::NotRunning)
                             loop.quit();
                     });

    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(10000)) {
        m_current.clear();
        result.outcome = ProcessResult::Outcome::FailedToStart;
        result.error = tr("could not start %1: %2").arg(request.program, process.errorString());
        log(result.error);
        return result;
    }
    if (!request.stdinData.isEmpty())
        process.write(request.stdinData);
    process.closeWriteChannel();
    timer.start(request.timeoutMs);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    timer.stop();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(kKillGraceMs);
    }
    m_current.clear();

    result.stdOut = m_redactor.redact(QString::fromUtf8(process.readAllStandardOutput())).toUtf8();
    result.stdErr = m_redactor.redact(QString::fromUtf8(process.readAllStandardError())).toUtf8();
    result.exitCode = process.exitCode();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    if (request.logOutput) {
        logOutput(result.stdOut, QStringLiteral("  "));
        logOutput(result.stdErr, QStringLiteral("  ! "));
    }
    if (timedOut) {
        result.outcome = ProcessResult::Outcome::TimedOut;
        result.error = tr("%1 did not finish within %2 s and was stopped")
                           .arg(request.program)
                           .arg(request.timeoutMs / 1000.0);
    } else if (m_cancelRequested) {
        result.outcome = ProcessResult::Outcome::Canceled;
        result.error = tr("%1 was canceled").arg(request.program);
    } else {
        result.outcome = ProcessResult::Outcome::Finished;
        if (result.crashed)
            result.error = tr("%1 crashed").arg(request.program);
    }
    if (!result.ok())
        log(result.error.isEmpty() ? tr("%1 exited with status %2")
                                         .arg(request.program)
                                         .arg(result.exitCode)
                                   : result.error);
    return result;
}

void ProcessRunner::cancel()
{
    if (!m_current)
        return;
    m_cancelRequested = true;
    m_current->terminate();
    QPointer<QProcess> p = m_current;
    QTimer::singleShot(kKillGraceMs, this, [p] {
        if (p)
            p->kill();
    });
}
