#pragma once

#include "platform/common/processrequest.h"

#include <QJsonObject>

// PowerShell runs with a FIXED script as -Command; every value, secrets
// included, arrives as one JSON object on stdin ($p). Nothing a user or a
// topology provides is ever part of the command line or parsed as code.
namespace PowerShellScript {

constexpr auto kProgram = "powershell.exe";

// The prologue every script starts with: stop on errors, read $p from stdin.
QString prologue();
ProcessRequest request(const QString &script, const QJsonObject &input, int timeoutMs);

} // namespace PowerShellScript
