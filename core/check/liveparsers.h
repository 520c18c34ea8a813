#pragma once

#include "core/check/livestate.h"

#include <QByteArray>

// Parsers of the outputs a collection holds (docs/check.md). Each returns
// nullopt with `error` saying what is wrong and where.
namespace LiveParsers {

std::optional<QList<LiveRoute>> routes(const QByteArray &ipJsonRoute, QString *error);
std::optional<QList<LiveLink>> links(const QByteArray &ipJsonLink, QString *error);
// `sysctl KEY` output: "KEY = VALUE".
std::optional<QString> sysctl(const QByteArray &output, const QString &key, QString *error);
std::optional<QJsonArray> nft(const QByteArray &nftJson, QString *error);
// `swanctl --list-sas --raw`: vici messages, "name {key=value list=[a b] ...}".
std::optional<QList<LiveChild>> swanctlRaw(const QByteArray &output, QString *error);

} // namespace LiveParsers
