#include "core/monitor/monitorcsv.h"

#include "core/io/filebytes.h"

#include <QDateTime>
#include <QHash>

namespace MonitorCsv {

QString escapeCell(const QString &cell)
{
    QString value = cell;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray toCsv(const ProbeTargets &targets, const MonitorHistory &history)
{
    QHash<QString, const ProbeTarget *> byKey;
    for (const ProbeTarget &t : targets)
        byKey.insert(t.key, &t);

    QByteArray out = "time_utc,profile,link,site,target,address,replied,rtt_ms\r\n";
    for (const MonitorHistory::Record &r : history.records()) {
        const ProbeTarget *t = byKey.value(r.targetKey);
        if (!t)
            continue;
        const QString time = QDateTime::fromMSecsSinceEpoch(r.sample.sentMs, Qt::UTC)
                                 .toString(Qt::ISODateWithMs);
        const QStringList cells = {
            time,
            escapeCell(t->profile),
            escapeCell(t->link),
            escapeCell(t->site),
            escapeCell(t->name),
            t->address.toString(),
            r.sample.replied ? QStringLiteral("1") : QStringLiteral("0"),
            r.sample.replied ? QString::number(r.sample.rttMs, 'f', 3) : QString(),
        };
        out += cells.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    }
    return out;
}

bool write(const QString &fileName, const ProbeTargets &targets, const MonitorHistory &history,
           QString *error)
{
    return FileBytes::writeAtomic(fileName, toCsv(targets, history), FileBytes::publicMode(),
                                  error);
}

} // namespace MonitorCsv
