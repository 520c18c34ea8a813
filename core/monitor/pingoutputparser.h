#pragma once

#include "core/monitor/proberesult.h"

#include <QByteArray>

// Reads the output of one `ping -n -c 1 -W <s> <address>` run (iputils, as in
// Debian, and BusyBox): the reply line's "time=0.045 ms" gives the RTT;
// without a reply line the probe counts as lost, with the reason ping gave
// ("Destination Host Unreachable", "100% packet loss", ...).
namespace PingOutputParser {

ProbeResult parse(const QByteArray &stdOut, const QByteArray &stdErr, int exitCode);

} // namespace PingOutputParser
