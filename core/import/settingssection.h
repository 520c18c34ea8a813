#pragma once

#include "core/import/sourceplace.h"

#include <QList>
#include <QString>
#include <QStringList>

struct SettingsValue
{
    QString key;
    QString value;
    SourcePlace place;
};

// One section of a strongswan.conf-format file after includes and merging:
// sections of the same name extend each other, a later value replaces an
// earlier one (the import report lists the replaced statement).
struct SettingsSection
{
    QString name;
    QStringList references; // "name : a, b.c" (absolute section names)
    SourcePlace place;
    QList<SettingsValue> values;
    QList<SettingsSection> sections;

    const SettingsSection *section(const QString &n) const
    {
        for (const SettingsSection &s : sections) {
            if (s.name == n)
                return &s;
        }
        return nullptr;
    }
    const SettingsValue *value(const QString &k) const
    {
        for (const SettingsValue &v : values) {
            if (v.key == k)
                return &v;
        }
        return nullptr;
    }
    // A dotted absolute name below this section ("connections.base").
    const SettingsSection *find(const QString &dotted) const;
};

namespace SettingsStatement {
// "path.key = value" for the report; secret-bearing keys show "(not shown)".
QString text(const QString &path, const QString &key, const QString &value);
bool isSecretKey(const QString &path, const QString &key);
} // namespace SettingsStatement
