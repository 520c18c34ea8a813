#include "core/io/topologyreader.h"

#include "core/io/jsondocumentparser.h"
#include "core/io/jsonfile.h"
#include "core/io/jsonobjectreader.h"

namespace {

const QString kFormat = QStringLiteral("routestudio-topology");

QString itemPath(const QString &list, int i)
{
    return list + u'[' + QString::number(i) + u']';
}

JsonObjectReader itemReader(const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        throw SchemaError{path, QStringLiteral("must be an object, not %1")
                                    .arg(JsonObjectReader::describe(v))};
    }
    return JsonObjectReader(v.toObject(), path);
}

RemoteAccess readRemoteAccess(const QJsonObject &obj, const QString &path)
{
    JsonObjectReader r(obj, path);
    RemoteAccess ra;
    ra.pool = r.prefix(QStringLiteral("pool"));
    ra.localAddress = r.address(QStringLiteral("localAddress"));
    ra.dns = r.addressList(QStringLiteral("dns"));
    ra.extra = r.unknown();
    return ra;
}

Site readSite(JsonObjectReader r)
{
    Site s;
    s.id = r.string(QStringLiteral("id"));
    s.name = r.optionalString(QStringLiteral("name"));
    s.role = r.choice(QStringLiteral("role"), &Enums::siteRole, Enums::siteRoles());
    s.platform = r.choice(QStringLiteral("platform"), &Enums::platform, Enums::platforms());
    s.publicAddress = r.string(QStringLiteral("publicAddress"));
    s.lans = r.prefixList(QStringLiteral("lans"));
    s.backupAddress = r.optionalString(QStringLiteral("backupAddress"));
    s.critical = r.optionalBool(QStringLiteral("critical"));
    if (const auto ra = r.optionalObject(QStringLiteral("remoteAccess")))
        s.remoteAccess = readRemoteAccess(*ra, r.fieldPath(QStringLiteral("remoteAccess")));
    s.extra = r.unknown();
    return s;
}

Link readLink(JsonObjectReader r)
{
    Link l;
    l.id = r.string(QStringLiteral("id"));
    l.from = r.string(QStringLiteral("from"));
    l.to = r.string(QStringLiteral("to"));
    l.transport = r.choice(QStringLiteral("transport"), &Enums::transport, Enums::transports());
    l.ike = r.choice(QStringLiteral("ike"), &Enums::ikeVersion, Enums::ikeVersions());
    l.secret = r.string(QStringLiteral("secret"));
    l.role = r.optionalChoice(QStringLiteral("role"), &Enums::linkRole, Enums::linkRoles(),
                              LinkRole::Primary);
    l.metric = r.optionalInt(QStringLiteral("metric"));
    if (l.metric && *l.metric > Link::kMaxMetric) {
        r.fail(QStringLiteral("metric"),
               QStringLiteral("must be at most %1 (every platform's route distance is metric + 1)")
                   .arg(Link::kMaxMetric));
    }
    l.extra = r.unknown();
    return l;
}

Profile readProfile(JsonObjectReader r)
{
    Profile p;
    p.id = r.string(QStringLiteral("id"));
    p.hub = r.string(QStringLiteral("hub"));
    p.tunnel = r.choice(QStringLiteral("tunnel"), &Enums::tunnelMode, Enums::tunnelModes());
    p.routes = r.prefixList(QStringLiteral("routes"));
    p.secret = r.string(QStringLiteral("secret"));
    p.users = r.stringList(QStringLiteral("users"));
    p.backupHub = r.optionalString(QStringLiteral("backupHub"));
    p.extra = r.unknown();
    return p;
}

QMap<QString, QPointF> readLayout(const QJsonObject &obj)
{
    QMap<QString, QPointF> layout;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QJsonArray xy = it.value().toArray();
        if (!it.value().isArray() || xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble()) {
            throw SchemaError{QStringLiteral("layout.") + it.key(),
                              QStringLiteral("must be a position [x, y] of two numbers")};
        }
        layout.insert(it.key(), QPointF(xy[0].toDouble(), xy[1].toDouble()));
    }
    return layout;
}

template <typename T>
QList<T> readList(JsonObjectReader &root, const QString &key, T (*read)(JsonObjectReader))
{
    QList<T> out;
    const QJsonArray items = root.array(key);
    for (int i = 0; i < items.size(); ++i)
        out.append(read(itemReader(items[i], itemPath(key, i))));
    return out;
}

} // namespace

namespace TopologyReader {

std::optional<Topology> fromJson(const QByteArray &bytes, LoadError *error)
{
    LoadError local;
    LoadError *err = error ? error : &local;
    const auto root = JsonDocumentParser::parseRoot(bytes, kFormat, Topology::kFormatVersion, err);
    if (!root)
        return std::nullopt;
    try {
        JsonObjectReader r(*root, QString());
        r.string(QStringLiteral("format"));
        r.optionalInt(QStringLiteral("version"));
        Topology t;
        t.name = r.optionalString(QStringLiteral("name"));
        t.mtu = r.optionalInt(QStringLiteral("mtu"));
        if (!r.has(QStringLiteral("sites")))
            r.fail(QStringLiteral("sites"), QStringLiteral("is required"));
        t.sites = readList(r, QStringLiteral("sites"), &readSite);
        t.links = readList(r, QStringLiteral("links"), &readLink);
        t.profiles = readList(r, QStringLiteral("profiles"), &readProfile);
        t.layout = readLayout(r.object(QStringLiteral("layout")));
        t.extra = r.unknown();
        return t;
    } catch (const SchemaError &e) {
        err->path = e.path;
        err->message = e.message;
        return std::nullopt;
    }
}

std::optional<Topology> fromFile(const QString &fileName, LoadError *error)
{
    return JsonFile::read<Topology>(fileName, error, &fromJson);
}

} // namespace TopologyReader
