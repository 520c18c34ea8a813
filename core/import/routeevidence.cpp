#include "core/import/routeevidence.h"

#include "core/check/liveparsers.h"
#include "core/import/iproutetext.h"
#include "core/model/topology.h"
#include "core/routes/routetable.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace {

// The line of each top-level array element of `ip -json route` output, as it was printed.
QList<int> elementLines(const QByteArray &bytes)
{
    QList<int> lines;
    int line = 1;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{') {
            if (++depth == 2 && c == '{')
                lines << line;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return lines;
}

QString routeStatement(const LiveRoute &r)
{
    return QStringLiteral("route %1").arg(r.line);
}

// The site's planned routes by destination (network form).
using Planned = QHash<Ipv4Prefix, const Route *>;

// The planned route whose destination is `d` or the longest one holding it:
// looked up at each of d's 33 shorter prefixes, not by scanning the plan.
const Route *plannedFor(const Planned &planned, const Ipv4Prefix &d)
{
    for (int len = d.length(); len >= 0; --len) {
        if (const Route *r = planned.value(Ipv4Prefix(Ipv4Address(d.first()), len).network()))
            return r;
    }
    return nullptr;
}

// Why a route is there, from the topology's point of view; empty when nothing explains it.
QString explanation(const Site &site, const Planned &planned, const LiveRoute &r)
{
    const Ipv4Prefix &d = *r.destination;
    if (r.type != u"unicast" || r.table == u"local")
        return {};
    if (d.length() == 0)
        return QStringLiteral("the box's default route (its uplink; RouteStudio does not plan it)");
    if (const Route *p = plannedFor(planned, d.network()))
        return QStringLiteral("%1 the route RouteStudio plans to %2 over link %3 (%4)")
            .arg(p->destination.network() == d.network() ? QStringLiteral("is") : QStringLiteral("lies within"),
                 p->destination.toString(), p->link, p->reason);
    for (const Ipv4Prefix &lan : site.lans) {
        if (lan.contains(d))
            return QStringLiteral("site %1's LAN %2").arg(site.id, lan.toString());
    }
    if (site.remoteAccess && site.remoteAccess->pool.contains(d))
        return QStringLiteral("site %1's remote-access pool %2 (a client's PPP session)")
            .arg(site.id, site.remoteAccess->pool.toString());
    if (const auto own = Ipv4Address::parse(site.publicAddress); own && d.contains(*own))
        return QStringLiteral("the network of site %1's public address %2 (its uplink)").arg(site.id, site.publicAddress);
    return {};
}

QString unexplained(const Site &site, const LiveRoute &r)
{
    if (!r.destination)
        return QStringLiteral("not an IPv4 route: RouteStudio plans IPv4 only");
    if (r.table == u"local" || r.type == u"local" || r.type == u"broadcast")
        return QStringLiteral("the kernel's route for an address of the box itself");
    if (r.type != u"unicast")
        return QStringLiteral("%1 %2 route: RouteStudio plans unicast routes only")
            .arg(QStringLiteral("aeiou").contains(r.type.left(1)) ? QStringLiteral("an") : QStringLiteral("a"), r.type);
    return QStringLiteral("not explained by the topology: no LAN, pool or planned route of site %1 covers %2 "
                          "(a network RouteStudio does not know, or a route it would not install)")
        .arg(site.id, r.destination->toString());
}

} // namespace

namespace RouteEvidence {

bool isRouteOutput(const QString &path)
{
    static const QRegularExpression name(QRegularExpression::anchoredPattern(
        QStringLiteral("(ip[-_])?routes?([-_][A-Za-z0-9-]+)?(\\.(json|txt|out))?")));
    return name.match(path.section(u'/', -1)).hasMatch();
}

QList<BoxRoute> read(const QByteArray &bytes, const QString &file, ImportLog &log)
{
    if (!bytes.trimmed().startsWith('['))
        return IpRouteText::parse(QString::fromUtf8(bytes), file, log);
    QString error;
    const auto routes = LiveParsers::routes(bytes, &error);
    if (!routes) {
        log.error({file, 1}, QStringLiteral("not `ip -json route` output: %1").arg(error));
        return {};
    }
    const QList<int> lines = elementLines(bytes);
    QList<BoxRoute> out;
    for (int i = 0; i < routes->size(); ++i)
        out.append({routes->at(i), {file, lines.value(i, 1)}});
    return out;
}

void judge(const Topology &topology, const RouteTable &table, const QString &siteId,
           const QList<BoxRoute> &routes, ImportLog &log)
{
    const auto site = std::find_if(topology.sites.cbegin(), topology.sites.cend(),
                                   [&](const Site &s) { return s.id == siteId; });
    if (site == topology.sites.cend())
        return;
    const QList<Route> routesOfSite = table.forSite(siteId);
    Planned planned;
    for (const Route &r : routesOfSite)
        planned.insert(r.destination.network(), planned.value(r.destination.network(), &r)); // the first (primary) wins
    for (const BoxRoute &b : routes) {
        const QString why = b.route.destination ? explanation(*site, planned, b.route) : QString();
        if (why.isEmpty())
            log.notRepresented(b.place, routeStatement(b.route), unexplained(*site, b.route));
        else
            log.mapped(b.place, routeStatement(b.route), QStringLiteral("evidence: ") + why);
    }
}

} // namespace RouteEvidence
