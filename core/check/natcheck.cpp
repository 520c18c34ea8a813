#include "core/check/livechecks.h"

#include "core/check/nftrules.h"

#include <QJsonDocument>

// NAT applied to routed traffic (docs/check.md): a masquerade or SNAT rule in
// a postrouting NAT chain that a packet from a local routed subnet to a
// remote one, leaving by the tunnel interface, would reach before an accept.
// Matches RouteStudio cannot evaluate (ports, marks, ...) count as matching:
// such a rule may NAT routed traffic, which is what the item warns of.
namespace {

struct Packet
{
    Ipv4Address source;
    Ipv4Address destination;
    QStringList outInterfaces; // the planned name and the kernel's
};

struct Chain
{
    QString family;
    QString table;
    QString name;
};

std::optional<bool> contains(const QJsonValue &right, Ipv4Address a, const QJsonArray &nft,
                             const Chain &c)
{
    if (right.isString()) {
        const QString s = right.toString();
        if (s.startsWith(QLatin1Char('@'))) {
            for (const QJsonValue &e : NftRules::setElements(nft, c.family, c.table, s.mid(1))) {
                if (contains(e, a, nft, c).value_or(false))
                    return true;
            }
            return false;
        }
        if (const auto p = Ipv4Prefix::parse(s.contains(QLatin1Char('/')) ? s : s + QStringLiteral("/32")))
            return p->contains(a);
        return std::nullopt;
    }
    const QJsonObject o = right.toObject();
    if (o.contains(QLatin1String("prefix"))) {
        const QJsonObject p = o.value(QLatin1String("prefix")).toObject();
        const auto prefix = Ipv4Prefix::parse(QStringLiteral("%1/%2")
                                                  .arg(p.value(QLatin1String("addr")).toString())
                                                  .arg(p.value(QLatin1String("len")).toInt()));
        return prefix ? std::optional<bool>(prefix->network().contains(a)) : std::nullopt;
    }
    if (o.contains(QLatin1String("set"))) {
        for (const QJsonValue &e : o.value(QLatin1String("set")).toArray()) {
            if (contains(e, a, nft, c).value_or(false))
                return true;
        }
        return false;
    }
    return std::nullopt;
}

bool nameMatches(const QString &pattern, const QStringList &names)
{
    for (const QString &n : names) {
        if (pattern.endsWith(QLatin1Char('*')) ? n.startsWith(pattern.chopped(1)) : n == pattern)
            return true;
    }
    return false;
}

// Whether one match expression holds for the packet (unknown: true).
bool holds(const QJsonObject &match, const Packet &pkt, const QJsonArray &nft, const Chain &c)
{
    const QJsonObject left = match.value(QLatin1String("left")).toObject();
    const QJsonValue right = match.value(QLatin1String("right"));
    const bool negated = match.value(QLatin1String("op")).toString() == QLatin1String("!=");
    std::optional<bool> result;
    const QJsonObject payload = left.value(QLatin1String("payload")).toObject();
    const QString meta = left.value(QLatin1String("meta")).toObject().value(QLatin1String("key")).toString();
    if (payload.value(QLatin1String("protocol")).toString() == QLatin1String("ip")) {
        const QString field = payload.value(QLatin1String("field")).toString();
        if (field == QLatin1String("saddr"))
            result = contains(right, pkt.source, nft, c);
        else if (field == QLatin1String("daddr"))
            result = contains(right, pkt.destination, nft, c);
    } else if ((meta == QLatin1String("oifname") || meta == QLatin1String("oif")) && right.isString()) {
        result = nameMatches(right.toString(), pkt.outInterfaces);
    }
    if (!result)
        return true;
    return negated ? !*result : *result;
}

// The first NAT rule of the chain that the packet reaches, or null.
std::optional<QJsonObject> natRule(const QJsonArray &nft, const Chain &c, const Packet &pkt)
{
    for (const QJsonObject &r : NftRules::rules(nft, c.family, c.table)) {
        if (r.value(QLatin1String("chain")).toString() != c.name)
            continue;
        bool all = true;
        for (const QJsonValue &e : r.value(QLatin1String("expr")).toArray()) {
            const QJsonObject x = e.toObject();
            if (x.contains(QLatin1String("match"))) {
                all = all && holds(x.value(QLatin1String("match")).toObject(), pkt, nft, c);
            } else if (!all) {
                break;
            } else if (x.contains(QLatin1String("masquerade")) || x.contains(QLatin1String("snat"))) {
                return r;
            } else if (x.contains(QLatin1String("accept")) || x.contains(QLatin1String("return"))) {
                return std::nullopt;
            }
        }
    }
    return std::nullopt;
}

} // namespace

void LiveChecks::nat(const LinuxSitePlan &plan, const LiveState &live, QList<CheckFinding> &out)
{
    if (!live.nft)
        return;
    QList<Chain> chains;
    for (const QJsonObject &c : NftRules::chains(*live.nft)) {
        if (c.value(QLatin1String("hook")).toString() == QLatin1String("postrouting")
            && c.value(QLatin1String("type")).toString() == QLatin1String("nat"))
            chains.append({c.value(QLatin1String("family")).toString(),
                           c.value(QLatin1String("table")).toString(),
                           c.value(QLatin1String("name")).toString()});
    }
    for (const PlannedLink &l : plan.ipsecLinks) {
        if (l.local.isEmpty() || l.remote.isEmpty())
            continue;
        const QString iface = plan.interfaceOf(l);
        const LiveLink *dev = live.link(iface);
        const Packet pkt{Ipv4Address(l.local.first().first() + 1), Ipv4Address(l.remote.first().first() + 1),
                         {iface, dev ? dev->name : iface}};
        for (const Chain &c : chains) {
            const auto rule = natRule(*live.nft, c, pkt);
            if (!rule)
                continue;
            out.append({QStringLiteral("nat-on-routed"),
                        QStringLiteral("NAT is applied to routed traffic: %1 → %2 over link %3 is "
                                       "masqueraded in %4 %5 chain %6, so the far side sees the "
                                       "box's address instead of the host's")
                            .arg(pkt.source.toString(), pkt.destination.toString(), l.link->id,
                                 c.family, c.table, c.name),
                        NftRules::text(*rule),
                        QStringLiteral("put an accept for ip saddr %1 ip daddr %2 before it, or "
                                       "limit the rule to the WAN interface (oifname)")
                            .arg(l.local.first().toString(), l.remote.first().toString())});
            break;
        }
    }
}
