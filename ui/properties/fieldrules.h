#pragma once

#include "core/net/ipv4prefix.h"

#include <QList>
#include <QString>

// What is wrong with a value typed into a property field, in words for the
// user ("" when it is fine). The same rules as the validator and the core
// parsers (Ipv4Prefix/Ipv4Address), so a field never accepts what a file
// would refuse.
namespace FieldRules {

QString idProblem(const QString &text);
QString nameProblem(const QString &text);
QString hostProblem(const QString &text);     // IPv4 literal or DNS name
QString addressProblem(const QString &text);  // IPv4 literal
QString prefixProblem(const QString &text);   // one CIDR prefix
QString secretNameProblem(const QString &text);
QString userNameProblem(const QString &text);
QString dnsDomainProblem(const QString &text); // a DNS name, or empty for none

// Lists separated by commas, spaces or new lines.
QStringList splitList(const QString &text);
QString prefixListProblem(const QString &text);
QString addressListProblem(const QString &text);
QString userListProblem(const QString &text);
QList<Ipv4Prefix> prefixes(const QString &text);   // only call when valid
QList<Ipv4Address> addresses(const QString &text); // only call when valid
QString joinPrefixes(const QList<Ipv4Prefix> &list);
QString joinAddresses(const QList<Ipv4Address> &list);

} // namespace FieldRules
