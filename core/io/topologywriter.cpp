#include "core/io/topologywriter.h"

#include "core/io/filebytes.h"
#include "core/io/jsonnode.h"

#include <QJsonArray>
#include <QSet>

namespace {

JsonNode str(const QString &s) { return JsonNode(QJsonValue(s)); }

template <typename T>
JsonNode stringArray(const QList<T> &items)
{
    JsonNode a = JsonNode::array();
    for (const T &item : items)
        a.append(str(item.toString()));
    return a;
}

JsonNode stringArray(const QStringList &items)
{
    JsonNode a = JsonNode::array();
    for (const QString &item : items)
        a.append(str(item));
    return a;
}

void addExtra(JsonNode &node, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        node.add(it.key(), JsonNode(it.value()));
}

JsonNode siteNode(const Site &s)
{
    JsonNode n = JsonNode::object();
    n.add(QStringLiteral("id"), str(s.id))
        .add(QStringLiteral("name"), str(s.name))
        .add(QStringLiteral("role"), str(Enums::toString(s.role)))
        .add(QStringLiteral("platform"), str(Enums::toString(s.platform)))
        .add(QStringLiteral("publicAddress"), str(s.publicAddress))
        .add(QStringLiteral("lans"), stringArray(s.lans));
    if (!s.backupAddress.isEmpty())
        n.add(QStringLiteral("backupAddress"), str(s.backupAddress));
    if (s.critical)
        n.add(QStringLiteral("critical"), JsonNode(QJsonValue(true)));
    if (s.remoteAccess) {
        JsonNode ra = JsonNode::object();
        ra.add(QStringLiteral("pool"), str(s.remoteAccess->pool.toString()))
            .add(QStringLiteral("localAddress"), str(s.remoteAccess->localAddress.toString()))
            .add(QStringLiteral("dns"), stringArray(s.remoteAccess->dns));
        addExtra(ra, s.remoteAccess->extra);
        n.add(QStringLiteral("remoteAccess"), ra);
    }
    addExtra(n, s.extra);
    return n;
}

JsonNode linkNode(const Link &l)
{
    JsonNode n = JsonNode::object();
    n.add(QStringLiteral("id"), str(l.id))
        .add(QStringLiteral("from"), str(l.from))
        .add(QStringLiteral("to"), str(l.to))
        .add(QStringLiteral("transport"), str(Enums::toString(l.transport)))
        .add(QStringLiteral("ike"), str(Enums::toString(l.ike)))
        .add(QStringLiteral("secret"), str(l.secret));
    if (l.isBackup())
        n.add(QStringLiteral("role"), str(Enums::toString(l.role)));
    if (l.metric)
        n.add(QStringLiteral("metric"), JsonNode(QJsonValue(*l.metric)));
    addExtra(n, l.extra);
    return n;
}

JsonNode profileNode(const Profile &p)
{
    JsonNode n = JsonNode::object();
    n.add(QStringLiteral("id"), str(p.id))
        .add(QStringLiteral("hub"), str(p.hub))
        .add(QStringLiteral("tunnel"), str(Enums::toString(p.tunnel)))
        .add(QStringLiteral("routes"), stringArray(p.routes))
        .add(QStringLiteral("secret"), str(p.secret))
        .add(QStringLiteral("users"), stringArray(p.users));
    if (!p.backupHub.isEmpty())
        n.add(QStringLiteral("backupHub"), str(p.backupHub));
    addExtra(n, p.extra);
    return n;
}

JsonNode position(const QPointF &p)
{
    return JsonNode(QJsonArray{p.x(), p.y()});
}

// Positions in site order first, then any others (sites removed by a newer tool) by id.
JsonNode layoutNode(const Topology &t)
{
    JsonNode n = JsonNode::object();
    QSet<QString> written;
    for (const Site &s : t.sites) {
        if (t.layout.contains(s.id) && !written.contains(s.id)) {
            n.add(s.id, position(t.layout.value(s.id)));
            written.insert(s.id);
        }
    }
    for (auto it = t.layout.begin(); it != t.layout.end(); ++it) {
        if (!written.contains(it.key()))
            n.add(it.key(), position(it.value()));
    }
    return n;
}

template <typename T>
JsonNode objectArray(const QList<T> &items, JsonNode (*node)(const T &))
{
    JsonNode a = JsonNode::array();
    for (const T &item : items)
        a.append(node(item));
    return a;
}

} // namespace

namespace TopologyWriter {

QByteArray toJson(const Topology &t)
{
    JsonNode root = JsonNode::object();
    root.add(QStringLiteral("format"), str(QStringLiteral("routestudio-topology")))
        .add(QStringLiteral("version"), JsonNode(QJsonValue(Topology::kFormatVersion)))
        .add(QStringLiteral("name"), str(t.name));
    if (t.mtu)
        root.add(QStringLiteral("mtu"), JsonNode(QJsonValue(*t.mtu)));
    root.add(QStringLiteral("sites"), objectArray(t.sites, &siteNode))
        .add(QStringLiteral("links"), objectArray(t.links, &linkNode))
        .add(QStringLiteral("profiles"), objectArray(t.profiles, &profileNode));
    if (!t.layout.isEmpty())
        root.add(QStringLiteral("layout"), layoutNode(t));
    addExtra(root, t.extra);
    return root.toPrettyJson();
}

bool toFile(const Topology &topology, const QString &fileName, QString *error)
{
    return FileBytes::writeAtomic(fileName, toJson(topology), FileBytes::publicMode(), error);
}

} // namespace TopologyWriter
