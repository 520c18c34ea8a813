#pragma once

#include "core/monitor/monitorhistory.h"
#include "core/monitor/probetarget.h"

#include <QByteArray>

// The session history as CSV (RFC 4180, UTF-8, CRLF line ends):
//   time_utc,profile,link,site,target,address,replied,rtt_ms
// time_utc is ISO 8601 with milliseconds; rtt_ms is empty for a lost probe.
// Cells that a spreadsheet would run as a formula (=, +, -, @ first) get a
// leading apostrophe. Records of targets not in `targets` are skipped.
namespace MonitorCsv {

QByteArray toCsv(const ProbeTargets &targets, const MonitorHistory &history);
QString escapeCell(const QString &cell);

// Writes atomically (mode 0644); false with a sentence naming the file.
bool write(const QString &fileName, const ProbeTargets &targets, const MonitorHistory &history,
           QString *error);

} // namespace MonitorCsv
