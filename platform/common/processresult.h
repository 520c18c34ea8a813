#pragma once

#include <QByteArray>
#include <QString>

// What a run produced. `error` is a sentence for people (already redacted).
struct ProcessResult
{
    enum class Outcome { Finished, FailedToStart, TimedOut, Canceled, Refused };

    Outcome outcome = Outcome::FailedToStart;
    int exitCode = -1;
    bool crashed = false;
    QByteArray stdOut;
    QByteArray stdErr;
    QString error;

    bool ok() const { return outcome == Outcome::Finished && !crashed && exitCode == 0; }
    QString stdOutText() const { return QString::fromUtf8(stdOut); }
    QString stdErrText() const { return QString::fromUtf8(stdErr).trimmed(); }
    // The error sentence, or for a non-zero exit the program's own stderr.
    QString describe(const QString &what) const;
};
