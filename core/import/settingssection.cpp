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
