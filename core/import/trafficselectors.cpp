#include "core/import/trafficselectors.h"

TrafficSelectors TrafficSelectors::parse(const QString &written)
{
    TrafficSelectors out;
    for (QString item : written.split(u',', Qt::SkipEmptyParts)) {
        item = item.trimmed();
        QString restriction;
        const qsizetype bracket = item.indexOf(u'[');
        if (bracket >= 0 && item.endsWith(u']')) {
            restriction = item.mid(bracket + 1, item.size() - bracket - 2);
            item = item.left(bracket);
        }
        if (restriction == u"udp/1701" || restriction == u"17/1701")
            out.l2tp = true;
        else if (!restriction.isEmpty() && restriction != u"udp" && restriction != u"17/%any")
            out.unsupported.append(item + u'[' + restriction + u']');
        if (item == u"dynamic" || item == u"%dynamic") {
            out.dynamic = true;
            continue;
        }
        if (const auto p = Ipv4Prefix::parse(item)) {
            out.prefixes.append(p->network());
            continue;
        }
        if (const auto a = Ipv4Address::parse(item)) {
            out.prefixes.append(Ipv4Prefix(*a, 32));
            continue;
        }
        out.unsupported.append(item);
    }
    return out;
}
