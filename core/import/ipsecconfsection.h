#pragma once

#include "core/import/keyvalue.h"

#include <QList>
#include <QString>

// One "type name" section of ipsec.conf(5) (config setup, conn x, ca x) with
// its parameters in file order; sections of the same type and name are merged.
struct IpsecConfSection
{
    QString type;
    QString name;
    SourcePlace place;
    QList<KeyValue> params;

    // The last value of `key` (later settings override earlier ones), or null.
    const KeyValue *param(const QString &key) const
    {
        for (auto it = params.crbegin(); it != params.crend(); ++it) {
            if (it->key == key)
                return &*it;
        }
        return nullptr;
    }
};
