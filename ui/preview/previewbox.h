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
    bool operator==(const PreviewBox &o) const { return key() == o.key(); }
};
