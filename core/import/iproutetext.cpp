#include "core/import/iproutetext.h"

#include <QRegularExpression>

namespace {

bool isType(const QString &w)
{
    static const QStringList types{QStringLiteral("unicast"), QStringLiteral("local"), QStringLiteral("broadcast"),
                                   QStringLiteral("multicast"), QStringLiteral("throw"), QStringLiteral("unreachable"),
                                   QStringLiteral("prohibit"), QStringLiteral("blackhole"), QStringLiteral("anycast"),
                                   QStringLiteral("nat")};
    return types.contains(w);
}

bool isFlag(const QString &w)
{
    static const QStringList flags{QStringLiteral("onlink"), QStringLiteral("linkdown"), QStringLiteral("dead"),
                                   QStringLiteral("pervasive"), QStringLiteral("offload"), QStringLiteral("trap"),
                                   QStringLiteral("notify"), QStringLiteral("rt_offload"), QStringLiteral("rt_trap")};
    return flags.contains(w);
}

// An IPv4 destination: "default", "A.B.C.D" or "A.B.C.D/N"; nullopt otherwise (IPv6...).
std::optional<Ipv4Prefix> destination(const QString &dst)
{
    if (dst == u"default")
        return Ipv4Prefix::parse(u"0.0.0.0/0");
    return Ipv4Prefix::parse(dst.contains(u'/') ? dst : dst + QStringLiteral("/32"));
}

bool looksLikeDestination(const QString &w)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("default|[0-9a-fA-F:.]+(/[0-9]{1,3})?")));
    return re.match(w).hasMatch();
}

} // namespace

namespace IpRouteText {

QList<BoxRoute> parse(const QString &text, const QString &file, ImportLog &log)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QList<BoxRoute> out;
    const QStringList lines = text.split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        const SourcePlace place{file, n + 1};
        QStringList w = line.split(space, Qt::SkipEmptyParts);
        if (w.constFirst() == u"nexthop" && !out.isEmpty() && lines.at(n).front().isSpace()) {
            out.last().route.line += u' ' + line; // a multipath route's next hop
            if (out.last().route.dev.isEmpty() && w.indexOf(QStringLiteral("dev")) > 0)
                out.last().route.dev = w.value(int(w.indexOf(QStringLiteral("dev"))) + 1);
            continue;
        }
        BoxRoute r;
        r.place = place;
        r.route.line = line;
        r.route.type = QStringLiteral("unicast");
        int i = 0;
        if (isType(w.constFirst())) {
            r.route.type = w.constFirst();
            ++i;
        }
        if (i >= w.size() || !looksLikeDestination(w.at(i))) {
            log.error(place, QStringLiteral("not a line of `ip route` output: expected [TYPE] PREFIX or default, found \"%1\"")
                                 .arg(w.value(i).left(64)));
            continue;
        }
        r.route.destination = destination(w.at(i++));
        for (; i < w.size(); ++i) {
            const QString &k = w.at(i);
            if (isFlag(k))
                continue;
            const QString v = w.value(i + 1);
            if (k == u"via" && (v == u"inet" || v == u"inet6")) {
                ++i; // "via inet 192.0.2.1"
                continue;
            }
            if (k == u"dev")
                r.route.dev = v;
            else if (k == u"table")
                r.route.table = v;
            else if (k == u"metric")
                r.route.metric = v.toInt();
            ++i; // every other keyword takes one value
        }
        out.append(r);
    }
    return out;
}

} // namespace IpRouteText
