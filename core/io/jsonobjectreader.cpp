#include "core/io/jsonobjectreader.h"

#include <QJsonDocument>

JsonObjectReader::JsonObjectReader(QJsonObject object, QString path)
    : m_object(std::move(object)), m_path(std::move(path))
{
}

QString JsonObjectReader::fieldPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonObjectReader::fail(const QString &key, const QString &message) const
{
    throw SchemaError{fieldPath(key), message};
}

QString JsonObjectReader::describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

QJsonValue JsonObjectReader::take(const QString &key)
{
    m_known.insert(key);
    return m_object.value(key);
}

QString JsonObjectReader::string(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        fail(key, QStringLiteral("is required"));
    if (!v.isString())
        fail(key, QStringLiteral("must be a string, not %1").arg(describe(v)));
    return v.toString();
}

QString JsonObjectReader::optionalString(const QString &key, const QString &fallback)
{
    return has(key) ? string(key) : (m_known.insert(key), fallback);
}

std::optional<int> JsonObjectReader::optionalInt(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble(-1.5);
    if (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > 1e9)
        fail(key, QStringLiteral("must be a whole non-negative number, not %1")
                      .arg(v.isDouble() ? QString::number(d) : describe(v)));
    return int(d);
}

bool JsonObjectReader::optionalBool(const QString &key, bool fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        fail(key, QStringLiteral("must be true or false, not %1").arg(describe(v)));
    return v.toBool();
}

namespace {

template <typename T>
T parseOrFail(const JsonObjectReader &r, const QString &key, const QJsonValue &v,
              std::optional<T> (*parse)(QStringView), const char *what)
{
    if (!v.isString()) {
        r.fail(key, QStringLiteral("must be a string holding %1, not %2")
                        .arg(QLatin1String(what), JsonObjectReader::describe(v)));
    }
    const std::optional<T> parsed = parse(v.toString());
    if (!parsed) {
        r.fail(key, QStringLiteral("%1 is not %2")
                        .arg(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(
                                 QJsonDocument::Compact))
                                 .mid(1)
                                 .chopped(1),
                             QLatin1String(what)));
    }
    return *parsed;
}

} // namespace

Ipv4Prefix JsonObjectReader::prefix(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        fail(key, QStringLiteral("is required"));
    return parseOrFail<Ipv4Prefix>(*this, key, v, &Ipv4Prefix::parse, "an IPv4 prefix");
}

Ipv4Address JsonObjectReader::address(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        fail(key, QStringLiteral("is required"));
    return parseOrFail<Ipv4Address>(*this, key, v, &Ipv4Address::parse, "an IPv4 address");
}

QJsonArray JsonObjectReader::array(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray())
        fail(key, QStringLiteral("must be an array, not %1").arg(describe(v)));
    return v.toArray();
}

QList<Ipv4Prefix> JsonObjectReader::prefixList(const QString &key)
{
    QList<Ipv4Prefix> out;
    const QJsonArray items = array(key);
    for (int i = 0; i < items.size(); ++i) {
        const QString itemKey = key + u'[' + QString::number(i) + u']';
        out.append(parseOrFail<Ipv4Prefix>(*this, itemKey, items[i], &Ipv4Prefix::parse,
                                           "an IPv4 prefix"));
    }
    return out;
}

QList<Ipv4Address> JsonObjectReader::addressList(const QString &key)
{
    QList<Ipv4Address> out;
    const QJsonArray items = array(key);
    for (int i = 0; i < items.size(); ++i) {
        const QString itemKey = key + u'[' + QString::number(i) + u']';
        out.append(parseOrFail<Ipv4Address>(*this, itemKey, items[i], &Ipv4Address::parse,
                                            "an IPv4 address"));
    }
    return out;
}

QStringList JsonObjectReader::stringList(const QString &key)
{
    QStringList out;
    const QJsonArray items = array(key);
    for (int i = 0; i < items.size(); ++i) {
        if (!items[i].isString()) {
            fail(key + u'[' + QString::number(i) + u']',
                 QStringLiteral("must be a string, not %1").arg(describe(items[i])));
        }
        out.append(items[i].toString());
    }
    return out;
}

std::optional<QJsonObject> JsonObjectReader::optionalObject(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject())
        fail(key, QStringLiteral("must be an object, not %1").arg(describe(v)));
    return v.toObject();
}

QJsonObject JsonObjectReader::object(const QString &key)
{
    return optionalObject(key).value_or(QJsonObject());
}

QJsonObject JsonObjectReader::unknown() const
{
    QJsonObject rest;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_known.contains(it.key()))
            rest.insert(it.key(), it.value());
    }
    return rest;
}
