#pragma once

#include "core/import/sourceplace.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct SettingsValue
{
    QString key;
    QString value;
    SourcePlace place;
};

// One section of a strongswan.conf-format file after includes and merging:
// sections of the same name extend each other, a later value replaces an
// earlier one (the import report lists the replaced statement). Lookups by
// name are hashed: a file with thousands of connections merges in linear time.
struct SettingsSection
{
    QString name;
    QStringList references; // "name : a, b.c" (absolute section names)
    SourcePlace place;
    QList<SettingsValue> values;     // in file order; change through setValue()
    QList<SettingsSection> sections; // in file order; change through child()

    const SettingsSection *section(const QString &n) const
    {
        const auto it = m_sectionAt.constFind(n);
        return it == m_sectionAt.cend() ? nullptr : &sections.at(*it);
    }
    const SettingsValue *value(const QString &k) const
    {
        const auto it = m_valueAt.constFind(k);
        return it == m_valueAt.cend() ? nullptr : &values.at(*it);
    }
    // A dotted absolute name below this section ("connections.base").
    const SettingsSection *find(const QString &dotted) const;

    // Sets `v` (appended, or replacing the value of that key: the old one is returned).
    std::optional<SettingsValue> setValue(const SettingsValue &v);
    // The child named `name`, appended (with `place`) when there is none yet.
    SettingsSection &child(const QString &name, const SourcePlace &place);

private:
    QHash<QString, qsizetype> m_valueAt;
    QHash<QString, qsizetype> m_sectionAt;
};

namespace SettingsStatement {
// "path.key = value" for the report; secret-bearing keys show "(not shown)".
QString text(const QString &path, const QString &key, const QString &value);
bool isSecretKey(const QString &path, const QString &key);
} // namespace SettingsStatement
