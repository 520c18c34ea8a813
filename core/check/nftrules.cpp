#include "core/check/nftrules.h"

#include <QJsonDocument>

namespace {

QList<QJsonObject> objects(const QJsonArray &nft, const QString &kind)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : nft) {
        const QJsonValue o = v.toObject().value(kind);
        if (o.isObject())
            out.append(o.toObject());
    }
    return out;
}

bool inTable(const QJsonObject &o, const QString &family, const QString &table)
{
    return table.isEmpty()
           || (o.value(QLatin1String("family")).toString() == family
               && o.value(QLatin1String("table")).toString() == table);
}

} // namespace

QList<QJsonObject> NftRules::rules(const QJsonArray &nft, const QString &family, const QString &table)
{
    QList<QJsonObject> out;
    for (const QJsonObject &r : objects(nft, QStringLiteral("rule"))) {
        if (inTable(r, family, table))
            out.append(r);
    }
    return out;
}

QList<QJsonObject> NftRules::chains(const QJsonArray &nft)
{
    return objects(nft, QStringLiteral("chain"));
}

QJsonArray NftRules::setElements(const QJsonArray &nft, const QString &family, const QString &table,
                                 const QString &name)
{
    for (const QJsonObject &s : objects(nft, QStringLiteral("set"))) {
        if (inTable(s, family, table) && s.value(QLatin1String("name")).toString() == name)
            return s.value(QLatin1String("elem")).toArray();
    }
    return {};
}

bool NftRules::hasTable(const QJsonArray &nft, const QString &family, const QString &name)
{
    for (const QJsonObject &t : objects(nft, QStringLiteral("table"))) {
        if (t.value(QLatin1String("family")).toString() == family
            && t.value(QLatin1String("name")).toString() == name)
            return true;
    }
    return false;
}

QString NftRules::text(const QJsonObject &rule)
{
    return QString::fromUtf8(
        QJsonDocument(rule.value(QLatin1String("expr")).toArray()).toJson(QJsonDocument::Compact));
}
