#include "core/import/settingssection.h"

const SettingsSection *SettingsSection::find(const QString &dotted) const
{
    const SettingsSection *s = this;
    for (const QString &part : dotted.split(u'.')) {
        s = s->section(part);
        if (!s)
            return nullptr;
    }
    return s;
}

std::optional<SettingsValue> SettingsSection::setValue(const SettingsValue &v)
{
    const auto it = m_valueAt.constFind(v.key);
    if (it == m_valueAt.cend()) {
        m_valueAt.insert(v.key, values.size());
        values.append(v);
        return std::nullopt;
    }
    SettingsValue old = values.at(*it);
    values[*it] = v;
    return old;
}

SettingsSection &SettingsSection::child(const QString &n, const SourcePlace &p)
{
    const auto it = m_sectionAt.constFind(n);
    if (it != m_sectionAt.cend())
        return sections[*it];
    m_sectionAt.insert(n, sections.size());
    SettingsSection s;
    s.name = n;
    s.place = p;
    sections.append(s);
    return sections.last();
}

namespace SettingsStatement {

bool isSecretKey(const QString &path, const QString &key)
{
    return key.startsWith(QLatin1String("secret")) || key == u"password" || key == u"pin"
           || (path.startsWith(QLatin1String("secrets.")) && !key.startsWith(QLatin1String("id")));
}

QString text(const QString &path, const QString &key, const QString &value)
{
    const QString full = path.isEmpty() ? key : path + u'.' + key;
    return QStringLiteral("%1 = %2").arg(full, isSecretKey(path, key) ? QStringLiteral("(not shown)") : value);
}

} // namespace SettingsStatement
