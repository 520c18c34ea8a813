#pragma once

#include "core/import/importlog.h"
#include "core/import/keyvalue.h"

#include <QList>

// One section of xl2tpd.conf(5): [global], [lns NAME] or [lac NAME].
struct Xl2tpdSection
{
    QString type; // global, lns, lac
    QString name;
    SourcePlace place;
    QList<KeyValue> params; // keys lower-case, inner white space single ("ip range")

    const KeyValue *param(const QString &key) const
    {
        for (auto it = params.crbegin(); it != params.crend(); ++it) {
            if (it->key == key)
                return &*it;
        }
        return nullptr;
    }
};

// Reads xl2tpd.conf(5): "[type name]" headers ("[global]" has no name),
// "key = value" lines whose keys may hold spaces ("ip range", "refuse pap"),
// ";" comments anywhere and "#" comments at the start of a line.
namespace Xl2tpdParser {

// Sections in file order; nothing and an error with the place on a syntax error.
QList<Xl2tpdSection> parse(const QString &text, const QString &file, ImportLog &log);

} // namespace Xl2tpdParser
