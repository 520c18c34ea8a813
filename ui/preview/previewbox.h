#pragma once

#include <QString>

// One box the preview can show: a site, or one user's client of a profile.
struct PreviewBox
{
    enum class Kind { Site, Client };
    Kind kind = Kind::Site;
    QString id;      // site id, or profile id
    QString user;    // clients only

    QString key() const
    {
        if (kind == Kind::Site)
            return QStringLiteral("site/") + id;
        return QStringLiteral("client/") + id + u'/' + user;
    }
    // The box of a key() ("site/<id>", "client/<profile>/<user>"); Kind::Site with
    // an empty id for anything else.
    static PreviewBox fromKey(const QString &key)
    {
        if (key.startsWith(QLatin1String("site/")))
            return {Kind::Site, key.mid(5), QString()};
        if (key.startsWith(QLatin1String("client/"))) {
            const QString rest = key.mid(7);
            const qsizetype slash = rest.indexOf(u'/');
            if (slash > 0)
                return {Kind::Client, rest.left(slash), rest.mid(slash + 1)};
        }
        return {};
    }
    bool operator==(const PreviewBox &o) const { return key() == o.key(); }
};
