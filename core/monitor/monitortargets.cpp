#include "core/monitor/monitortargets.h"

#include "core/validation/fieldpath.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace MonitorTargets {

namespace {

const QString kMonitor = QStringLiteral("monitor");
const QString kTargets = QStringLiteral("targets");

struct Scope
{
    QString profile;
    QString link;
    QString site;
    QString keyPrefix; // "link:hq-site-a"
};

ProbeTarget make(const Scope &scope, Ipv4Address address, const QString &name,
                 ProbeTarget::Kind kind)
{
    ProbeTarget t;
    t.key = scope.keyPrefix + u':' + address.toString();
    t.profile = scope.profile;
    t.link = scope.link;
    t.site = scope.site;
    t.name = name.isEmpty() ? address.toString() : name;
    t.address = address;
    t.kind = kind;
    return t;
}

// Targets in order, each key once: the same address twice in one scope is
// probed once (a set, so 10,000 targets stay linear).
class TargetList
{
public:
    void append(const ProbeTarget &t)
    {
        if (!m_keys.contains(t.key)) {
            m_keys.insert(t.key);
            m_targets.append(t);
        }
    }
    ProbeTargets take() { return std::move(m_targets); }

private:
    ProbeTargets m_targets;
    QSet<QString> m_keys;
};

// The override list, or nullopt when the item has none (defaults apply).
std::optional<QList<Named>> readOverride(const QJsonObject &extra, const QString &path,
                                         QStringList *errors)
{
    if (!extra.contains(kMonitor))
        return std::nullopt;
    const QString monitorPath = FieldPath::field(path, kMonitor);
    const QJsonValue monitor = extra.value(kMonitor);
    if (!monitor.isObject()) {
        errors->append(QStringLiteral("%1: must be an object").arg(monitorPath));
        return std::nullopt;
    }
    const QJsonValue targets = monitor.toObject().value(kTargets);
    if (targets.isUndefined())
        return std::nullopt;
    if (!targets.isArray()) {
        errors->append(QStringLiteral("%1.targets: must be a list").arg(monitorPath));
        return std::nullopt;
    }
    QList<Named> out;
    const QJsonArray list = targets.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString itemPath = FieldPath::item(monitorPath, kTargets, i);
        QString text;
        QString name;
        if (list[i].isString()) {
            text = list[i].toString();
        } else if (list[i].isObject()) {
            const QJsonObject o = list[i].toObject();
            text = o.value(QStringLiteral("address")).toString();
            name = o.value(QStringLiteral("name")).toString();
            for (const QChar c : name) {
                if (c.category() == QChar::Other_Control) {
                    errors->append(QStringLiteral("%1.name: contains a control character")
                                       .arg(itemPath));
                    name.clear();
                    break;
                }
            }
        } else {
            errors->append(QStringLiteral("%1: must be an address or an object with \"address\"")
                               .arg(itemPath));
            continue;
        }
        const std::optional<Ipv4Address> address = Ipv4Address::parse(text);
        if (!address) {
            errors->append(QStringLiteral("%1: \"%2\" is not an IPv4 address").arg(itemPath, text));
            continue;
        }
        out.append(Named{name, *address});
    }
    return out;
}

void addOverride(TargetList *out, const Scope &scope, const QList<Named> &list)
{
    for (const Named &n : list)
        out->append(make(scope, n.address, n.name, ProbeTarget::Kind::Named));
}

QString lanName(const Site &site) { return QStringLiteral("%1 LAN").arg(site.id); }
QString pppName(const Site &site) { return QStringLiteral("%1 PPP").arg(site.id); }

} // namespace

Ipv4Address firstHost(const Ipv4Prefix &prefix)
{
    if (prefix.length() >= 31)
        return Ipv4Address(prefix.first());
    return Ipv4Address(prefix.first() + 1);
}

ProbeTargets forTopology(const Topology &topology, QStringList *errors)
{
    TargetList out;
    QHash<QString, const Site *> sites; // Topology::site() per link would be quadratic
    sites.reserve(topology.sites.size());
    for (const Site &s : topology.sites)
        sites.insert(s.id, &s);
    for (int i = 0; i < topology.links.size(); ++i) {
        const Link &link = topology.links[i];
        const Scope scope{QString(), link.id, QString(), QStringLiteral("link:") + link.id};
        if (const auto list = readOverride(link.extra, FieldPath::link(i), errors)) {
            addOverride(&out, scope, *list);
            continue;
        }
        const Site *from = sites.value(link.from);
        const Site *to = sites.value(link.to);
        const Site *far = (to && to->isHub() && from && !from->isHub()) ? from : to;
        if (far && !far->lans.isEmpty())
            out.append(make(scope, firstHost(far->lans.first()), lanName(*far),
                             ProbeTarget::Kind::LinkFarLan));
    }
    for (int i = 0; i < topology.sites.size(); ++i) {
        const Site &site = topology.sites[i];
        const Scope scope{QString(), QString(), site.id, QStringLiteral("site:") + site.id};
        if (const auto list = readOverride(site.extra, FieldPath::site(i), errors)) {
            addOverride(&out, scope, *list);
            continue;
        }
        if (!site.lans.isEmpty())
            out.append(make(scope, firstHost(site.lans.first()), lanName(site),
                             ProbeTarget::Kind::SiteLan));
        if (site.isHub() && site.remoteAccess)
            out.append(make(scope, site.remoteAccess->localAddress, pppName(site),
                             ProbeTarget::Kind::HubPpp));
    }
    return out.take();
}

ProbeTargets forProfile(const Topology &topology, const QString &profileId,
                        std::optional<Ipv4Address> peer, QStringList *errors)
{
    TargetList out;
    const int index = [&] {
        for (int i = 0; i < topology.profiles.size(); ++i) {
            if (topology.profiles[i].id == profileId)
                return i;
        }
        return -1;
    }();
    if (index < 0) {
        errors->append(QStringLiteral("profile \"%1\" is not in the topology").arg(profileId));
        return out.take();
    }
    const Profile &profile = topology.profiles[index];
    const Scope scope{profile.id, QString(), QString(), QStringLiteral("profile:") + profile.id};
    if (const auto list = readOverride(profile.extra, FieldPath::profile(index), errors)) {
        addOverride(&out, scope, *list);
        return out.take();
    }
    const Site *hub = topology.site(profile.hub);
    if (peer && peer->value() != 0) {
        out.append(make(scope, *peer, hub ? pppName(*hub) : QStringLiteral("PPP peer"),
                         ProbeTarget::Kind::HubPpp));
    } else if (hub && hub->remoteAccess) {
        out.append(make(scope, hub->remoteAccess->localAddress, pppName(*hub),
                         ProbeTarget::Kind::HubPpp));
    }
    if (hub && !hub->lans.isEmpty())
        out.append(make(scope, firstHost(hub->lans.first()), lanName(*hub),
                         ProbeTarget::Kind::SiteLan));
    return out.take();
}

ProbeTargets forClient(const QString &profileId, const QString &hubId,
                       std::optional<Ipv4Address> peer, std::optional<Ipv4Address> hubPpp,
                       const QList<Ipv4Prefix> &routes, const QJsonObject &extra,
                       QStringList *errors)
{
    TargetList out;
    const Scope scope{profileId, QString(), QString(), QStringLiteral("profile:") + profileId};
    if (const auto list = readOverride(extra, QStringLiteral("profile"), errors)) {
        addOverride(&out, scope, *list);
        return out.take();
    }
    const QString ppp = hubId.isEmpty() ? QStringLiteral("PPP peer")
                                        : QStringLiteral("%1 PPP").arg(hubId);
    if (peer && peer->value() != 0)
        out.append(make(scope, *peer, ppp, ProbeTarget::Kind::HubPpp));
    else if (hubPpp && hubPpp->value() != 0)
        out.append(make(scope, *hubPpp, ppp, ProbeTarget::Kind::HubPpp));
    for (const Ipv4Prefix &route : routes) {
        if (route.length() < 8)
            continue;
        out.append(make(scope, firstHost(route),
                         QStringLiteral("%1 gateway").arg(route.network().toString()),
                         ProbeTarget::Kind::SiteLan));
    }
    return out.take();
}

ProbeTarget host(Ipv4Address address, const QString &name)
{
    return make(Scope{QString(), QString(), QString(), QStringLiteral("host")}, address, name,
                ProbeTarget::Kind::Named);
}

void setOverride(QJsonObject *extra, const QList<Named> &targets)
{
    QJsonArray list;
    for (const Named &n : targets) {
        if (n.name.isEmpty()) {
            list.append(n.address.toString());
        } else {
            list.append(QJsonObject{{QStringLiteral("address"), n.address.toString()},
                                    {QStringLiteral("name"), n.name}});
        }
    }
    QJsonObject monitor = extra->value(kMonitor).toObject();
    monitor.insert(kTargets, list);
    extra->insert(kMonitor, monitor);
}

void clearOverride(QJsonObject *extra)
{
    QJsonObject monitor = extra->value(kMonitor).toObject();
    monitor.remove(kTargets);
    if (monitor.isEmpty())
        extra->remove(kMonitor);
    else
        extra->insert(kMonitor, monitor);
}

} // namespace MonitorTargets
