#include "core/monitor/pingoutputparser.h"

#include <QRegularExpression>
#include <QString>

namespace PingOutputParser {

ProbeResult parse(const QByteArray &stdOut, const QByteArray &stdErr, int exitCode)
{
    // "64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.045 ms" (also "time<1 ms"
    // on some builds, "time=12 ms" without decimals, "seq=0" on BusyBox).
    static const QRegularExpression reply(
        QStringLiteral(R"(^\d+ bytes from [^\n]*?\btime\s*([=<])\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|s|us|µs)\b)"),
        QRegularExpression::MultilineOption);
    const QString out = QString::fromUtf8(stdOut);
    const QRegularExpressionMatch m = reply.match(out);
    if (m.hasMatch()) {
        double value = m.captured(2).toDouble();
        const QString unit = m.captured(3);
        if (unit == QLatin1String("s"))
            value *= 1000.0;
        else if (unit != QLatin1String("ms"))
            value /= 1000.0;
        if (m.captured(1) == QLatin1String("<"))
            value /= 2.0; // "time<1 ms": half the bound is the honest middle
        return ProbeResult::reply(value);
    }
    // Reasons ping prints per packet ("From 10.0.0.1 icmp_seq=1 Destination Host
    // Unreachable") or on stderr ("connect: Network is unreachable").
    static const QRegularExpression from(
        QStringLiteral(R"(^From \S+ icmp_seq=\d+ (.+)$)"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch f = from.match(out);
    if (f.hasMatch())
        return ProbeResult::lost(f.captured(1).trimmed());
    const QString err = QString::fromUtf8(stdErr).trimmed();
    if (!err.isEmpty())
        return ProbeResult::lost(err.section(u'\n', 0, 0).left(200));
    if (exitCode == 1)
        return ProbeResult::lost(QStringLiteral("no reply"));
    return ProbeResult::lost(QStringLiteral("ping exited with status %1 and no reply").arg(exitCode));
}

} // namespace PingOutputParser
