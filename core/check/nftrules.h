#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// The objects of an `nft -j list ruleset` array, by kind.
namespace NftRules {

// Every {"rule": {...}} of `table` (family, name); all tables when name is empty.
QList<QJsonObject> rules(const QJsonArray &nft, const QString &family, const QString &table);
// Every {"chain": {...}}.
QList<QJsonObject> chains(const QJsonArray &nft);
// The element list of a named set, or an empty list.
QJsonArray setElements(const QJsonArray &nft, const QString &family, const QString &table,
                       const QString &name);
bool hasTable(const QJsonArray &nft, const QString &family, const QString &name);
// The rule's expressions as one compact JSON text (for searching and evidence).
QString text(const QJsonObject &rule);

} // namespace NftRules
