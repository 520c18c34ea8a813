#pragma once

#include "core/net/ipv4prefix.h"

#include <QList>
#include <QString>
#include <QStringList>

// Prefix lists as configs want them: canonical, without duplicates and
// without prefixes another entry already covers (nft interval sets refuse
// overlapping elements), in first-seen order.
namespace PrefixList {

QList<Ipv4Prefix> normalized(const QList<Ipv4Prefix> &prefixes);
QStringList strings(const QList<Ipv4Prefix> &prefixes);
QString joined(const QList<Ipv4Prefix> &prefixes, const QString &separator);

} // namespace PrefixList
