#pragma once

#include "core/model/link.h"
#include "core/model/profile.h"
#include "core/model/site.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointF>
#include <optional>

// The whole document: a value type. Editors wrap it; generators read it.
struct Topology
{
    static constexpr int kFormatVersion = 1;

    QString name;
    std::optional<int> mtu;
    QList<Site> sites;
    QList<Link> links;
    QList<Profile> profiles;
    QMap<QString, QPointF> layout; // editor positions by site id
    QJsonObject extra;

    const Site *site(const QString &id) const;
    const Link *link(const QString &id) const;
    const Profile *profile(const QString &id) const;
    int siteIndex(const QString &id) const;
};
