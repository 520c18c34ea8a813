#pragma once

#include "core/io/schemaerror.h"
#include "core/net/ipv4prefix.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>

// Typed, path-aware access to one JSON object of a file being loaded. Every
// accessor records the key as known; unknown() returns the rest, to be kept.
// Type and syntax problems throw SchemaError with the field path.
class JsonObjectReader
{
public:
    JsonObjectReader(QJsonObject object, QString path);

    const QString &path() const { return m_path; }
    QString fieldPath(const QString &key) const;

    bool has(const QString &key) const { return m_object.contains(key); }
    QString string(const QString &key);                 // required
    QString optionalString(const QString &key, const QString &fallback = {});
    std::optional<int> optionalInt(const QString &key);
    bool optionalBool(const QString &key, bool fallback = false);
    Ipv4Prefix prefix(const QString &key);
    Ipv4Address address(const QString &key);
    QList<Ipv4Prefix> prefixList(const QString &key);   // missing = empty
    QList<Ipv4Address> addressList(const QString &key); // missing = empty
    QStringList stringList(const QString &key);         // missing = empty
    QJsonArray array(const QString &key);               // missing = empty
    std::optional<QJsonObject> optionalObject(const QString &key);
    QJsonObject object(const QString &key);             // missing = empty

    // A required string mapped through `parse` (for enums); `allowed` for the message.
    template <typename E>
    E choice(const QString &key, std::optional<E> (*parse)(const QString &),
             const QStringList &allowed)
    {
        const QString s = string(key);
        const std::optional<E> v = parse(s);
        if (!v)
            fail(key, QStringLiteral("\"%1\" is not one of: %2").arg(s, allowed.join(u", ")));
        return *v;
    }

    // An optional choice: `fallback` when the key is absent.
    template <typename E>
    E optionalChoice(const QString &key, std::optional<E> (*parse)(const QString &),
                     const QStringList &allowed, E fallback)
    {
        return has(key) ? choice(key, parse, allowed) : fallback;
    }

    QJsonObject unknown() const;
    [[noreturn]] void fail(const QString &key, const QString &message) const;

    static QString describe(const QJsonValue &v);

private:
    QJsonValue take(const QString &key);

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_known;
};
