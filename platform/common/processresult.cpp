#include "platform/common/processresult.h"

QString ProcessResult::describe(const QString &what) const
{
    if (outcome != Outcome::Finished || crashed)
        return what + QStringLiteral(": ") + error;
    QString detail = stdErrText();
    if (detail.isEmpty())
        detail = QString::fromUtf8(stdOut).trimmed();
    if (detail.size() > 400)
        detail = detail.left(400) + QStringLiteral("...");
    return QStringLiteral("%1 failed (exit %2)%3")
        .arg(what)
        .arg(exitCode)
        .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
}
