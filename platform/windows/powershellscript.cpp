#include "platform/windows/powershellscript.h"

#include <QJsonDocument>

QString PowerShellScript::prologue()
{
    return QStringLiteral("$ErrorActionPreference = 'Stop'; "
                          "$p = [Console]::In.ReadToEnd() | ConvertFrom-Json; ");
}

ProcessRequest PowerShellScript::request(const QString &script, const QJsonObject &input,
                                         int timeoutMs)
{
    ProcessRequest r;
    r.program = QLatin1String(kProgram);
    r.arguments = {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                   QStringLiteral("-ExecutionPolicy"), QStringLiteral("Bypass"),
                   QStringLiteral("-Command"), prologue() + script};
    r.stdinData = QJsonDocument(input).toJson(QJsonDocument::Compact);
    r.timeoutMs = timeoutMs;
    return r;
}
