#include "core/check/liveparsers.h"

#include "core/check/viciraw.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

std::optional<QJsonArray> jsonArray(const QByteArray &bytes, QString *error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (!doc.isArray()) {
        *error = e.error == QJsonParseError::NoError
                     ? QStringLiteral("not a JSON array")
                     : QStringLiteral("not JSON at offset %1: %2").arg(e.offset).arg(e.errorString());
        return std::nullopt;
    }
    return doc.array();
}

std::optional<Ipv4Prefix> destination(const QString &dst)
{
    if (dst == QLatin1String("default"))
        return Ipv4Prefix::parse(u"0.0.0.0/0");
    return Ipv4Prefix::parse(dst.contains(QLatin1Char('/')) ? dst : dst + QStringLiteral("/32"));
}

QList<Ipv4Prefix> prefixes(const QStringList &items)
{
    QList<Ipv4Prefix> out;
    for (const QString &i : items) {
        if (const auto p = Ipv4Prefix::parse(i))
            out.append(*p);
    }
    return out;
}

} // namespace

std::optional<QList<LiveRoute>> LiveParsers::routes(const QByteArray &bytes, QString *error)
{
    const auto array = jsonArray(bytes, error);
    if (!array)
        return std::nullopt;
    QList<LiveRoute> out;
    for (const QJsonValue &v : *array) {
        const QJsonObject o = v.toObject();
        LiveRoute r;
        const QString dst = o.value(QLatin1String("dst")).toString();
        r.destination = destination(dst);
        r.dev = o.value(QLatin1String("dev")).toString();
        r.table = o.value(QLatin1String("table")).toString(QStringLiteral("main"));
        r.type = o.value(QLatin1String("type")).toString(QStringLiteral("unicast"));
        r.metric = o.value(QLatin1String("metric")).toInt();
        r.line = QStringLiteral("%1%2%3 dev %4 table %5 metric %6")
                     .arg(r.type == QLatin1String("unicast") ? QString() : r.type + QLatin1Char(' '), dst,
                          o.contains(QLatin1String("gateway"))
                              ? QStringLiteral(" via ") + o.value(QLatin1String("gateway")).toString()
                              : QString(),
                          r.dev, r.table)
                     .arg(r.metric);
        out.append(r);
    }
    return out;
}

std::optional<QList<LiveLink>> LiveParsers::links(const QByteArray &bytes, QString *error)
{
    const auto array = jsonArray(bytes, error);
    if (!array)
        return std::nullopt;
    QList<LiveLink> out;
    for (const QJsonValue &v : *array) {
        const QJsonObject o = v.toObject();
        LiveLink l;
        l.name = o.value(QLatin1String("ifname")).toString();
        l.mtu = o.value(QLatin1String("mtu")).toInt();
        for (const QJsonValue &a : o.value(QLatin1String("altnames")).toArray())
            l.altnames.append(a.toString());
        out.append(l);
    }
    return out;
}

std::optional<QString> LiveParsers::sysctl(const QByteArray &output, const QString &key, QString *error)
{
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && line.left(eq).trimmed() == key)
            return line.mid(eq + 1).trimmed();
    }
    *error = QStringLiteral("no line \"%1 = …\"").arg(key);
    return std::nullopt;
}

std::optional<QJsonArray> LiveParsers::nft(const QByteArray &bytes, QString *error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    const QJsonValue items = doc.object().value(QLatin1String("nftables"));
    if (!items.isArray()) {
        *error = e.error == QJsonParseError::NoError
                     ? QStringLiteral("no \"nftables\" array")
                     : QStringLiteral("not JSON at offset %1: %2").arg(e.offset).arg(e.errorString());
        return std::nullopt;
    }
    return items.toArray();
}

std::optional<QList<LiveChild>> LiveParsers::swanctlRaw(const QByteArray &output, QString *error)
{
    const auto messages = ViciRaw::parse(output, error);
    if (!messages)
        return std::nullopt;
    QList<LiveChild> out;
    for (const ViciRaw::Section &message : *messages) {
        if (message.name != QLatin1String("list-sa event"))
            continue;
        for (const ViciRaw::Section &ike : message.sections) {
            for (const ViciRaw::Section &children : ike.sections) {
                if (children.name != QLatin1String("child-sas"))
                    continue;
                for (const ViciRaw::Section &child : children.sections) {
                    LiveChild c;
                    c.connection = ike.name;
                    c.name = child.values.value(QStringLiteral("name"));
                    c.state = child.values.value(QStringLiteral("state"));
                    c.localTs = prefixes(child.lists.value(QStringLiteral("local-ts")));
                    c.remoteTs = prefixes(child.lists.value(QStringLiteral("remote-ts")));
                    out.append(c);
                }
            }
        }
    }
    return out;
}
