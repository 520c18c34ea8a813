#pragma once

#include "core/net/ipv4prefix.h"

#include <QString>
#include <QStringList>
#include <optional>

// Addresses as IOS writes them: "A M" with a netmask (interfaces, routes),
// "A W" with a wildcard mask, "host A" and "any" (access lists).
namespace IosAddress {

std::optional<Ipv4Prefix> withMask(const QString &address, const QString &mask);
std::optional<Ipv4Prefix> withWildcard(const QString &address, const QString &wildcard);
// The operand of an access-list entry at words[*i] (any | host A | A W);
// *i moves past it. nullopt for anything else (object groups, a non-contiguous wildcard).
std::optional<Ipv4Prefix> aclOperand(const QStringList &words, int *i);
// An address on the Internet: not RFC 1918, loopback, link-local, shared or reserved.
bool isPublic(const QString &address);

} // namespace IosAddress
