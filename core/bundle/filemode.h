#pragma once

#include <QFileDevice>
#include <QString>
#include <optional>

// Unix permission bits (0644, 0600, 0755) as Qt permissions and as the
// four-digit octal text used in manifests and READMEs.
namespace FileMode {

QFileDevice::Permissions toPermissions(int mode);
QString octal(int mode); // "0644"
// Parses "0644"-style text (3 or 4 octal digits); nullopt otherwise.
std::optional<int> parseOctal(const QString &text);
// Plain permissions without setuid/setgid/sticky and without group/other write.
bool isSafe(int mode);

} // namespace FileMode
