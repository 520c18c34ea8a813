#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

// The "raw" form swanctl prints vici messages in (`swanctl --list-sas --raw`):
// one message a line, "label {key=value list=[a b] name {...}}". Values hold
// no spaces in what RouteStudio reads (names, states, prefixes); nesting is
// limited to 16 levels.
namespace ViciRaw {

struct Section
{
    QString name;
    QHash<QString, QString> values;
    QHash<QString, QStringList> lists;
    QList<Section> sections;
};

// One Section per message line; nullopt with `error` (line and what) when a
// line is not in this form.
std::optional<QList<Section>> parse(const QByteArray &output, QString *error);

} // namespace ViciRaw
