#pragma once

#include "platform/common/processrequest.h"
#include "platform/common/processresult.h"
#include "platform/common/secretredactor.h"

#include <QObject>
#include <QPointer>

class QProcess;

// The one place that starts programs. Every backend runs its helpers through
// this class: argument vectors only, a time limit per run, cancellation from
// the UI, secrets on stdin only, and every log line passed through the
// redactor. It refuses to start a program whose argv contains a registered
// secret. Tests put fake helpers first on PATH; nothing else needs to know.
//
// run() waits in a local event loop, so the window stays responsive and its
// Cancel button can call cancel() while a helper runs.
class ProcessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessRunner)

public:
    explicit ProcessRunner(QObject *parent = nullptr);
    ~ProcessRunner() override;

    ProcessResult run(const ProcessRequest &request);

    void addSecret(const QString &secret) { m_redactor.add(secret); }
    const SecretRedactor &redactor() const { return m_redactor; }
    QString redact(const QString &text) const { return m_redactor.redact(text); }

    // Log a line of the caller's own (redacted like every other line).
    void log(const QString &line);

    bool isRunning() const { return !m_current.isNull(); }

public Q_SLOTS:
    // Stops the running program (terminate, then kill after a grace period).
    void cancel();

Q_SIGNALS:
    void logLine(const QString &line);

private:
    void logOutput(const QByteArray &bytes, const QString &prefix);
    static QString quoteForLog(const QString &arg);

    SecretRedactor m_redactor;
    QPointer<QProcess> m_current;
    bool m_cancelRequested = false;
};
