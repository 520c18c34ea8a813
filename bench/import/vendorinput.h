#pragma once

#include "core/import/sourcetree.h"

#include <QList>
#include <QString>

// Large inputs of one vendor format for bench-import --format (issue 15: a
// 50 MB input imports in bounded time and memory). Each is `megabytes` of a
// plausible configuration spread over files of at most 12.5 MB (an import
// refuses a file over 16 MiB and a box over 64 MiB: ImportLimits): many
// peers with their secrets, selectors and routes, and as many lines the
// import does not represent (firewall rules, interfaces).
namespace VendorInput {

// "routeros", "ios", "pfsense" or "ip-route"; empty when the name is unknown.
QList<SourceTree> make(const QString &format, int megabytes);

} // namespace VendorInput
