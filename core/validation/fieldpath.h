#pragma once

#include <QString>

// Field paths as the loader and the findings spell them: sites[1].lans[0].
namespace FieldPath {

inline QString site(int i) { return QStringLiteral("sites[%1]").arg(i); }
inline QString link(int i) { return QStringLiteral("links[%1]").arg(i); }
inline QString profile(int i) { return QStringLiteral("profiles[%1]").arg(i); }
inline QString item(const QString &base, const QString &field, int i)
{
    return QStringLiteral("%1.%2[%3]").arg(base, field).arg(i);
}
inline QString field(const QString &base, const QString &field)
{
    return base + u'.' + field;
}

} // namespace FieldPath
